await page.locator('[data-project-control="county_hospital_expansion"] select').selectOption('2026');
await page.locator('[data-action="library"]').click();
await page.locator('[data-save-name]').fill('扩建推迟一年');
await page.locator('[data-action="save"]').click();
await page.locator('[data-control="pingshan-birth"] input.number').fill('5.5');
await page.waitForTimeout(600);
await page.evaluate(() => scrollTo(0, 0));
