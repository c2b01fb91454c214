/** Types for the Russian stemmer of @nlpjs/lang-ru (the package ships none). */
declare module '@nlpjs/lang-ru' {
  export class StemmerRu {
    stem(word: string): string;
  }
}
