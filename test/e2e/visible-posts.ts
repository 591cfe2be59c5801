// How many posts a column shows whole: the cards wholly inside its scroller. Runs in the page
// (page.evaluate / locator.evaluate), so it uses nothing from outside its own body.
export function wholePostsIn(scroller: Element): number {
  const box = scroller.getBoundingClientRect();
  return [...scroller.querySelectorAll('article')].filter((article) => {
    const card = article.getBoundingClientRect();
    return card.top >= box.top - 0.5 && card.bottom <= box.bottom + 0.5;
  }).length;
}
