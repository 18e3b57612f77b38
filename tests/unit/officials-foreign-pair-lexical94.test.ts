// A foreign name of two words, one of no language and the other a word of the language only by a coincidence of
// spelling (a clitic read off it, or a derived reading with no dictionary entry as written): the pair is a name.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en]);

describe('a foreign pair with a word the lexicon reads behind a clitic', () => {
  it('reads the surname after a foreign given name and a full role, up to what the person said', () => {
    expect(officials('وقال رئيس جمهورية فانواتو كاتيمبو ويبس إن المحادثات كانت مثمرة.')).toEqual([['كاتيمبو ويبس', 'President of Vanuatu']]);
  });

  it('reads it between a style and title and the office in apposition, with «الابن»', () => {
    const found = officials('غادر فخامة الرئيس كاتيمبو ويبس الابن رئيس جمهورية فانواتو، الرياض اليوم.');
    expect(found.map(([name]) => name)).toEqual(['كاتيمبو ويبس الابن']);
  });

  it('reads a pair set off by commas after a full role, the clitic word first', () => {
    const found = officials('أعلن رئيس المفوضية المستقلة للانتخابات في زامبيا، وافولا كاتيمبو، الاثنين، النتائج النهائية.');
    expect(found.map(([name]) => name)).toEqual(['وافولا كاتيمبو']);
  });

  it('does not read the conjunction on a noun of the language into the name where the sentence goes on', () => {
    const names = officials('وقال رئيس جمهورية فانواتو ماتانغو وأمان البلاد أولوية.').map(([name]) => name);
    expect(names.some((n) => n?.includes('ماتانغو وأمان'))).toBe(false);
  });
});

describe('a foreign pair whose surname ends in ة', () => {
  it('reads the pair before a comma and a full office', () => {
    const found = officials('ومن جهته، أوضح ديسالين عرونة، المدير العام لهيئة الموانئ الإثيوبية، أن العمل مستمر.');
    expect(found.map(([name]) => name)).toEqual(['ديسالين عرونة']);
  });
});
