/**
 * The words of an `html` block (what is shown as HTML goes through the sanitizer): tags become spaces, the common
 * entities their characters. The adapters' full parser stays out of the first script.
 */
const ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' '], ['#39', "'"]]);
export function htmlWords(html: string): string {
  // A tag runs to the next `>` (a `<` with none after it is text): one scan, never a pattern retried at each `<`.
  let words = '';
  for (let at = 0; at < html.length; ) {
    const open = html.indexOf('<', at);
    const close = open < 0 ? -1 : html.indexOf('>', open);
    if (close < 0) {
      words += html.slice(at);
      break;
    }
    words += `${html.slice(at, open)} `;
    at = close + 1;
  }
  return words.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES.get(name)!);
}
