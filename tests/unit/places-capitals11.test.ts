import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('every capital an ambassador is accredited in (scripts/data/places.json)', () => {
  it('reads «لدى CAPITAL» before the name as the host, not as the first word of the name', () => {
    expect(find('وقال سفير تركيا لدى بريشتينا تشاغري ساكار إن العلاقات جيدة.', 'تشاغري ساكار')?.role_en).toBe('Ambassador of Turkey to Kosovo, in Pristina');
    expect(find('والتقت سفيرة ألمانيا لدى سكوبيه آنا شميت بالرئيس.', 'آنا شميت')?.role_en).toBe('Ambassador of Germany to North Macedonia, in Skopje');
    expect(find('وأكد سفير اليابان لدى كيشيناو هيروشي تاناكا دعم بلاده.', 'هيروشي تاناكا')?.role_en).toBe('Ambassador of Japan to Moldova, in Chisinau');
    expect(find('وقال سفير مصر لدى ليلونغوي أحمد سامي إن التبادل زاد.', 'أحمد سامي')?.role_en).toBe('Ambassador of Egypt to Malawi, in Lilongwe');
  });

  it('reads «السفير NATIONALITY في CAPITAL» with the capital of a small or distant state', () => {
    expect(find('وقال السفير الروسي في بودغوريتسا ألكسندر كوزنيتسوف إن الزيارة مهمة.', 'ألكسندر كوزنيتسوف')?.role_en).toBe('Russian Ambassador in Podgorica');
    expect(find('وقالت السفيرة الإسبانية في تيغوسيغالبا كارمن لوبيز إن المساعدات وصلت.', 'كارمن لوبيز')?.role_en).toBe('Spanish Ambassador in Tegucigalpa');
    expect(find('وقال السفير الأسترالي في بورت مورسبي جون فيليبس إن الانتخابات هادئة.', 'جون فيليبس')?.role_en).toBe('Australian Ambassador in Port Moresby');
    expect(find('وقال السفير الفيتنامي في فيينتيان نغوين فان نام إن الحدود آمنة.', 'نغوين فان نام')?.role_en).toBe('Vietnamese Ambassador in Vientiane');
  });

  it('reads the seat where the embassies sit (Abidjan, Dar es Salaam) as its country', () => {
    expect(find('وقال سفير الصين في أبيدجان وانغ لي إن التعاون يتوسع.', 'وانغ لي')?.role_en).toBe('Ambassador of China to Côte d’Ivoire, in Abidjan');
    expect(find('وقال السفير الأمريكي في دار السلام مايكل باتل إن الانتخابات مهمة.', 'مايكل باتل')?.role_en).toBe('US Ambassador in Dar es Salaam');
  });

  it('reads the press variants of known capitals (ج for g, ة for final a, ئ, doubled vowels)', () => {
    expect(find('وقال سفير الهند لدى كراكاس راجيف شارما إن النفط مهم.', 'راجيف شارما')?.role_en).toBe('Ambassador of India to Venezuela, in Caracas');
    expect(find('وقال السفير المصري في كانبرا هشام رشدي إن الجالية كبيرة.', 'هشام رشدي')?.role_en).toBe('Egyptian Ambassador in Canberra');
    expect(find('وقال سفير قطر لدى نيكوسيا سعد المهندي إن التعاون مستمر.', 'سعد المهندي')?.role_en).toBe('Ambassador of Qatar to Cyprus, in Nicosia');
    expect(find('وأكد سفير الأردن في بروكسيل يوسف البطاينة أن الاتفاق قريب.', 'يوسف البطاينة')?.role_en).toBe('Ambassador of Jordan to Belgium, in Brussels');
  });

  it('leaves Brunei Darussalam the country, not Dar es Salaam', () => {
    expect(find('وقال سفير بروناي دار السلام لدى الرياض حاجي عثمان إن العلاقات متينة.', 'حاجي عثمان')?.role_en).toBe('Ambassador of Brunei to Saudi Arabia, in Riyadh');
  });
});

describe('the second cities that consuls general and governors are named after', () => {
  it('reads «القنصل العام NATIONALITY في CITY X»', () => {
    expect(find('والتقى القنصل العام المصري في لوس أنجلوس أحمد فؤاد بالجالية.', 'أحمد فؤاد')?.role_en).toBe('Egyptian Consul General in Los Angeles');
    expect(find('وقالت القنصلة العامة الفرنسية في مرسيليا ماري دوبون إن الطلبات زادت.', 'ماري دوبون')?.role_en).toBe('French Consul General in Marseille');
    expect(find('وقال القنصل العام السعودي في كراتشي بندر الداود إن الحجاج وصلوا.', 'بندر الداود')?.role_en).toBe('Saudi Consul General in Karachi');
  });

  it('gives a governor of a Ukrainian or Russian region the city and its country', () => {
    const o = find('وأعلن حاكم خاركيف أوليغ سينيغوبوف سقوط قتيلين.', 'أوليغ سينيغوبوف');
    expect(o?.role_en).toBe('Governor of Kharkiv');
    expect(o?.country).toBe('UA');
  });
});

describe('the country of a province or city named after its noun («منطقة», «محافظة», «ولاية», «مقاطعة»)', () => {
  it('gives «حاكم منطقة CITY X» the country of the city, as «حاكم CITY X» has it', () => {
    expect(find('وأعلن حاكم منطقة بيلغورود فياتشيسلاف غلادكوف إصابة ثلاثة.', 'فياتشيسلاف غلادكوف')?.country).toBe('RU');
    expect(find('وأعلن حاكم مقاطعة خاركيف أوليغ سينيغوبوف إصابة ثلاثة.', 'أوليغ سينيغوبوف')?.country).toBe('UA');
    expect(find('وقال محافظ محافظة البصرة أسعد العيداني إن المشاريع مستمرة.', 'أسعد العيداني')?.country).toBe('IQ');
    expect(find('وقال والي ولاية الخرطوم أحمد عثمان إن المشاريع مستمرة.', 'أحمد عثمان')?.country).toBe('SD');
  });

  it('gives no country where the place names none (Donetsk has governors named by two states)', () => {
    const o = find('وقال حاكم منطقة دونيتسك فاديم فيلاشكين إن القصف اشتد.', 'فاديم فيلاشكين');
    expect(o?.role_en).toBe('Governor of the Donetsk Region');
    expect(o?.country ?? null).toBeNull();
  });
});

describe('the states and provinces whose governors the press names (US states, Pakistan, the Kivus)', () => {
  it('reads «حاكم STATE X» and «حاكم ولاية STATE X» without taking the state into the name', () => {
    const o = find('وقال حاكم كاليفورنيا غافين نيوسوم إن الحرائق انتشرت.', 'غافين نيوسوم');
    expect(o?.role_en).toBe('Governor of California');
    expect(o?.country).toBe('US');
    expect(find('وقالت حاكمة ميشيغان جوسلين بنسون إن المصانع أغلقت.', 'جوسلين بنسون')?.role_en).toBe('Governor of Michigan');
    expect(find('وقالت حاكمة ولاية ماساتشوستس مورا هيلي إن الثلوج كثيفة.', 'مورا هيلي')?.country).toBe('US');
    expect(find('وقال حاكم ولاية تكساس غريغ أبوت إن الحدود مفتوحة.', 'غريغ أبوت')?.country).toBe('US');
    expect(find('وقال حاكم ولاية فرجينيا الغربية جيم جاستيس إن الفيضانات كبيرة.', 'جيم جاستيس')?.country).toBe('US');
  });

  it('gives the governor of a Congolese or Pakistani province its country', () => {
    expect(find('وقال حاكم إقليم شمال كيفو بيتر سيريموامي إن الوضع خطير.', 'بيتر سيريموامي')?.country).toBe('CD');
    expect(find('وقال حاكم إقليم بلوشستان جعفر خان مندوخيل إن الهجوم مدان.', 'جعفر خان مندوخيل')?.country).toBe('PK');
  });
});
