import type { ArticleText } from '../types';

/** The article in a plain-text file: paragraphs joined by "\n\n". (Boilerplate filtering comes with the article layer.) */
export function articleFromPlainText(raw: string): ArticleText {
  const paragraphs = raw.replace(/\r\n?/g, '\n').split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  return { title: null, text: paragraphs.join('\n\n') };
}
