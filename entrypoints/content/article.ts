// The article layer (lib/article/find.ts) finds the article and maps text offsets back to DOM text nodes.
export { findArticle, findArticleSteps, locate, samePrefix, type ArticleInPage } from '@/lib/article/find';
