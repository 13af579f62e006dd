await page.waitForSelector('td.projected .probability', { timeout: 20000 });
return await page.evaluate(`(() => {
  const out = [];
  for (const e of [document.documentElement, document.body, ...document.querySelectorAll('body > *, main, main > *, #county-panel, #county-panel > *, article > *, .layout > *')]) {
    out.push(e.tagName + '.' + e.className.toString().split(' ')[0] + '#' + e.id + ' sw=' + e.scrollWidth + ' cw=' + e.clientWidth + ' r=' + Math.round(e.getBoundingClientRect().right));
  }
  return out;
})()`);
