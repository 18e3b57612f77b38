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
