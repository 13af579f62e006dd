await page.click('[data-action="present"]');
await page.waitForSelector('[data-presenter]');
await page.keyboard.press('ArrowRight');
await page.keyboard.press('ArrowRight');
await page.keyboard.press('ArrowRight');
await page.waitForTimeout(500);
for (let i = 0; i < 7; i++) await page.keyboard.press('Space');
await page.waitForTimeout(300);
return await page.locator('[data-case-title]').textContent();
