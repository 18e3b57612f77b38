// A note the desk prints about the story itself having been edited — an editor's note, a correction, a notice of an
// update: «ملاحظة المحرر: تم تحديث هذا الخبر بمعلومات إضافية.», «تصحيح: في نسخة سابقة من هذا الخبر ورد خطأ أن …»,
// «(تم تحديث هذه القصة لتضمين …)», «* تم تحديث الخبر بإضافة تفاصيل». Never the story's text: it speaks of the story
// («هذا الخبر», «نسخة سابقة»), not of the news. An update that carries news («تحديث: أعلنت الوزارة لاحقا …») stays.
import { phraseKey } from '../vocab/boilerplate';

/** A note of this kind runs to at most this many words. */
export const EDIT_NOTICE_MAX_WORDS = 40;

/** The note's label and its separator, as a phrase key's start: «ملاحظة المحرر», «تنويه», «تصحيح», «توضيح»… */
const LABEL = /^(?:ملاحظه|ملحوظه)(?: (?:من )?(?:المحرر|المحررين|التحرير|هيئه التحرير))?(?= )|^(?:تنويه|تصحيح|تصويب|توضيح|ايضاح|تحديث|تعديل|استدراك)(?= )/u;
/** The raw label of `words` words, then its separator: a colon, a comma or a dash. */
const separatedLabel = (raw: string, words: number) => new RegExp(`^[\\s(*\\-–—]*\\S+(?:\\s+\\S+){${words - 1}}\\s*[:：،,\\-–—]`, 'u').test(raw);

/** What the note says was done: «تم تحديث», «جرى تعديل», «أعيد نشر», or the old version it corrects («في نسخة سابقة»). */
const EDIT_OPENING = /^(?:(?:تم|جري|جرى|اعيد) (?:تحديث|تعديل|تصحيح|تصويب|نشر|صياغه|تحرير)|(?:في|فى) (?:نسخه|النسخه|صيغه|الصيغه) (?:سابقه|السابقه)|(?:حدث|حدثت|عدل|عدلت|صحح|صححت) (?:هذا|هذه))(?= |$)/u;

/** The story named as this one («هذا الخبر», «هذه القصة», «لهذا التقرير») or as its earlier version. */
const THIS_STORY = /(?:^| )(?:ل|ب|من )?(?:هذا|هذه) (?:الخبر|القصه|المقال|التقرير|الماده|النص|العنوان|الموضوع)(?= |$)| (?:نسخه|النسخه) (?:سابقه|السابقه)(?= |$)/u;
/** The story named bare right after what was done to it: «تم تحديث الخبر …». */
const BARE_STORY = /^\S+ \S+ (?:الخبر|القصه|المقال|التقرير|النص|العنوان)(?= |$)/u;

/**
 * A line that is a note about the story's own editing: at most EDIT_NOTICE_MAX_WORDS words, perhaps in brackets or after
 * a star, perhaps after a label and its separator; then what was done to the story, which names itself («هذا الخبر»,
 * «نسخة سابقة»), or names the story bare after a label, brackets or a star.
 */
export function isEditNotice(text: string): boolean {
  const raw = text.trim();
  let key = phraseKey(raw);
  if (!key || key.split(' ').length > EDIT_NOTICE_MAX_WORDS || /["“”«»]/.test(raw)) return false;
  const label = LABEL.exec(key);
  const labelled = !!label && separatedLabel(raw, label[0].split(' ').length);
  if (label && !labelled) return false;
  if (labelled) key = key.slice(label![0].length + 1);
  if (!EDIT_OPENING.test(key)) return false;
  if (THIS_STORY.test(key)) return true;
  const marked = labelled || /^\(.*\)[.]?$/u.test(raw) || /^\*/u.test(raw);
  return marked && BARE_STORY.test(key);
}
