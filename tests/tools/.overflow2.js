await page.waitForSelector('td.projected .probability', { timeout: 20000 });
return await page.evaluate(`(() => {
  const clipped = (e) => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'hidden' || o === 'scroll') return true; } return false; };
  return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !clipped(e)).slice(0, 15).map((e) => e.tagName + '.' + e.className.toString().split(' ')[0] + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent || '').slice(0, 40));
})()`);
