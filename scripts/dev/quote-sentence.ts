/**
 * The sentence of an article's text that holds a labelled quote, split so that each sentence stands alone (not eval's
 * sentenceOf, which can run on past a closing quotation mark); undefined when the quote is not found.
 */
export function quoteSentence(text: string, quote: string): string | undefined {
  if (!quote) return undefined;
  return text.split(/(?<=[.!?"])\s+(?=[A-Z"])/).find((s) => s.includes(quote.slice(0, 40)));
}
