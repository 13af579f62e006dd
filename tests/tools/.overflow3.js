await page.waitForSelector('td.projected .probability', { timeout: 20000 });
return await page.evaluate(`(() => {
  const clipper = (e) => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'hidden' || o === 'scroll') return p.tagName + '.' + p.className.toString().split(' ')[0]; } return 'none'; };
  const list = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1).map((e) => clipper(e) + ' <- ' + e.tagName + '.' + e.className.toString().split(' ')[0] + ' ' + Math.round(e.getBoundingClientRect().right));
  return [document.documentElement.scrollWidth, getComputedStyle(document.body).overflowX, [...new Set(list)].slice(0, 25)];
})()`);
