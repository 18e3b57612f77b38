import { describe, expect, it } from 'vitest';
import { sides } from './helpers/delegations';

// Round 48, delegations: a joint committee «برئاسة [title]، X، و[title]، Y»: the comma that sets a co-chair's name off
// his title ends no clause; each co-chair heads his country's side.

describe('co-chairs named after their titles with a comma', () => {
  // Enab Baladi, 29 January 2023 (heldout20 2122), the lead and the next sentence.
  it('seats both co-chairs at the heads of their sides', () => {
    const text =
      'انطلقت في دمشق، الأحد 29 من كانون الثاني، أعمال اللجنة الاقتصادية المشتركة السورية- الإيرانية، برئاسة وزير الاقتصاد والتجارة الخارجية في حكومة النظام السوري، محمد سامر الخليل، ووزير الطرق وبناء المدن الإيراني، مهرداد بذرباش.\n\n' +
      'وضم الوفد السوري، بحسب ما نقلته وكالة الأنباء السورية الرسمية (سانا)، وزير النقل زهير خزيم، ووزير الكهرباء غسان الزامل.';
    const found = sides(text);
    expect(found['Syria']).toContain('*محمد سامر الخليل');
    expect(found['Iran']).toContain('*مهرداد بذرباش');
  });

  // Written for the test: a comma after the chairing noun's words that are no title still ends the phrase.
  it('does not read a chair across a comma after words that are no title', () => {
    const text =
      'استقبل الرئيس التونسي قيس سعيد، اليوم، وزير الخارجية الجزائري أحمد عطاف.\n\n' +
      'وأكد سعيد أن البلدين يتطلعان إلى سلطة بقيادة مدنية، وهو ما لوح به الرئيس الفرنسي إيمانويل ماكرون.';
    const found = sides(text);
    expect(Object.values(found).flat()).not.toContain('إيمانويل ماكرون');
    expect(Object.values(found).flat()).not.toContain('*إيمانويل ماكرون');
  });
});
