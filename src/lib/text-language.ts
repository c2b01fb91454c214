/**
 * The language of a block written wholly in Latin script (an English teacher's phrase list, a German quotation), so the
 * page can mark it with lang and a screen reader reads it with the right voice (WCAG 3.1.2). Russian text needs no mark;
 * a Latin block whose language cannot be told is left unmarked rather than guessed.
 */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'is', 'are', 'was', 'be', 'you', 'your', 'i', 'we', 'it', 'that', 'this', 'what', 'how', 'do', 'does', 'can', 'could', 'would', 'please', 'with', 'for', 'my', 'me', 'let', "let's", 'see', 'by', 'but', 'not', 'have', 'has', 'at', 'from'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ich', 'nicht', 'ein', 'eine', 'zu', 'mit', 'sie', 'wir', 'du', 'es', 'auf', 'für', 'von', 'den', 'dem', 'wie', 'was', 'bitte', 'sind', 'haben', 'kann', 'können'],
  fr: ['le', 'la', 'les', 'et', 'est', 'je', 'vous', 'nous', 'que', 'qui', 'un', 'une', 'des', 'du', 'de', 'pour', 'avec', 'ne', 'pas', 'il', 'elle', 'sont', "s'il", 'plaît', 'comment', 'merci'],
};

/** 'en' | 'de' | 'fr' for a Latin-script block with at least two words, one of them a common word of that language. */
export function latinBlockLanguage(text: string): string | undefined {
  const plain = text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ').replace(/\S+@\S+/g, ' ');
  if (/[\u0400-\u04FF]/.test(plain)) return undefined;
  const words = plain.toLowerCase().replace(/[’ʼ]/g, "'").match(/[a-zà-öø-ÿß]+(?:'[a-z]+)?/g) ?? [];
  if (words.length < 2) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = words.filter((w) => list.includes(w)).length;
    if (score > bestScore) { best = lang; bestScore = score; }
  }
  return best;
}
