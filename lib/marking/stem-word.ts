/**
 * A deliberately small stemmer for keyword suggestions: plurals, -ing, -ed and a final -e, so that
 * "increases", "increasing", "increased" and "increase" all become "increas", and "viruses" becomes
 * "virus". It is applied to keywords and answers alike, so it only has to be consistent, not correct
 * English. Words of three letters or fewer and words with digits are left alone.
 */
export function stemWord(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  let suffixRemoved = false;
  if (/[^aeiou]ies$/.test(w) || /[^aeiou]ied$/.test(w)) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) {
    w = undouble(w.slice(0, -3));
    suffixRemoved = true;
  } else if (w.length > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
    w = undouble(w.slice(0, -2));
    suffixRemoved = true;
  } else if (/(ss|us|is)$/.test(w)) {
    return w;
  } else if (/(ches|shes|sses|xes|zes)$/.test(w)) {
    w = w.slice(0, -2);
  } else if (w.endsWith("s")) {
    w = w.slice(0, -1);
  }
  if (!suffixRemoved && w.length >= 4 && w.endsWith("e") && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

/** "stopp" (from "stopped") → "stop"; "fall", "pass" and "buzz" keep their double letters. */
function undouble(w: string): string {
  return /([^aeiouslz])\1$/.test(w) ? w.slice(0, -1) : w;
}
