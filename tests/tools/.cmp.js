await page.click('[data-action="compare"]');
await page.waitForSelector('[data-compare]');
await page.selectOption('[data-compare-b]', 'case:staff_exodus');
await page.waitForTimeout(800);
