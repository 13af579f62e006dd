await page.waitForSelector('td.projected .probability');
await page.emulateMedia({ media: 'print' });
await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
await page.waitForTimeout(500);
