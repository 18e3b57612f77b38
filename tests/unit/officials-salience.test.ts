import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const mentionsOf = (text: string, name: string) =>
  (findOfficials(text).find((o) => o.name_ar === name)?.mentions ?? []).map(([s, e]) => `${text.slice(s, e)}@${s}`);

describe('a bare shared name goes to the most salient person', () => {
  it('prefers the titled leader over a historical person named once inside a quotation', () => {
    // Al-Diyar, June 2024 (dev corpus diyar-putin-kim), shortened
    const text = 'التقى بوتين وجونغ أون في بيونغ يانغ.\nوذكر بوتين "الرفيق كيم إيل سونغ خلال زيارته الأولى لموسكو".\nبدوره، أعرب الرئيس الكوري الشمالي كيم جونغ أون عن دعمه.\nوأكد كيم في مستهل اللقاء مع الرئيس الروسي أن بلاده تعتزم تعزيز التعاون.';
    const at = text.indexOf('وأكد كيم') + 'وأكد '.length;
    expect(mentionsOf(text, 'كيم جونغ أون')).toContain(`كيم@${at}`);
    expect(mentionsOf(text, 'كيم إيل سونغ')).not.toContain(`كيم@${at}`);
  });
});

describe('the second half of a compound name is not a mention on its own', () => {
  it('does not link "الله" in «حزب الله» or «رحمه الله» to a person named «… عوض الله»', () => {
    // Written for the test, in the style of a Jordanian agency report.
    const text =
      'واستقبل مبعوث جلالة الملك إلى السعودية باسم عوض الله وفدا رسميا.\n' +
      'وزار الوفد متحف الملك المؤسس رحمه الله، ثم بحث مع المسؤولين دعم إيران لحزب الله في لبنان.';
    const mentions = mentionsOf(text, 'باسم عوض الله');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatch(/^باسم عوض الله@/);
  });
});
