import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Speakers read again once every official is found and placed (quotes/late-speakers): the quotes layer reads the
// speakers before the attendance lists (people/lists) and the seats give the story its last officials and countries.
const speakerOf = (text: string, words: string) => {
  const a = analyze(text);
  const q = a.quotes.find((x) => x.text.includes(words));
  return { quote: q, official: a.officials.find((o) => o.id === q?.speaker_id) ?? null };
};

describe('a speaker the story seats only late', () => {
  // tests/heldout26/2713-asharq-al-awsat-muscat-samia-haitham.txt: the Tanzanian minister is named in an attendance
  // list the officials layer leaves to people/lists; «أكد ماكامبا» was his before any pass knew him.
  const muscat = 'وحضر المقابلة من الجانب العُماني السيد بدر بن حمد البوسعيدي وزير الخارجية، وقيس بن محمد اليوسف وزير التجارة والصناعة وترويج الاستثمار، وسالم بن محمد المحروقي سفير سلطنة عُمان لدى تنزانيا. ومن الجانب التنزاني حضر المقابلة جانواري ماكامبا وزير الخارجية والتعاون في شرق أفريقيا، وأشاتو كيجاجي وزيرة الصناعة والتجارة، وعبد الله كيلاما سفير تنزانيا لدى السلطنة.\n\n'
    + 'وقال البوسعيدي في تصريح للصحافيين عقب المقابلة إن «الروابط بين عُمان وشرق أفريقيا ليست علاقات دبلوماسية فحسب، بل هي روابط أسرية وثقافية ممتدة منذ قرون»، مضيفاً أن الجانبين اتفقا على تشكيل فريق عمل مشترك لمتابعة تنفيذ الاتفاقيات الموقعة.\n\n'
    + 'من جهته، أكد ماكامبا أن بلاده تتطلع إلى جذب الاستثمارات العُمانية في قطاعي الزراعة والتعدين، مشيراً إلى أن تنزانيا تمتلك أراضي خصبة واسعة يمكن أن تسهم في تعزيز الأمن الغذائي لدول الخليج.';
  it('gives a family name alone to the official the list seated', () => {
    expect(speakerOf(muscat, 'بلاده تتطلع').official?.name_ar).toBe('جانواري ماكامبا');
  });
  it('keeps a quote of an official the first reading knew (near miss)', () => {
    expect(speakerOf(muscat, 'الروابط بين').official?.name_ar).toBe('بدر بن حمد البوسعيدي');
  });

  // tests/heldout25/2612-youm7-cairo-gerd-water-ministers-round.txt: the Sudanese minister's country comes from the
  // side he heads, placed after the quotes were read.
  it('gives a title and nationality to the holder placed late', () => {
    const gerd = 'وترأس الوفد المصري الدكتور هاني سويلم وزير الموارد المائية والري، بمشاركة السفير محمد الغزالي مساعد وزير الخارجية لشؤون دول حوض النيل، والدكتور أيمن السيد رئيس قطاع مياه النيل بالوزارة، فيما ترأس الوفد الإثيوبي الدكتور هابتامو إيتيفا وزير المياه والطاقة، ويضم كبير المفاوضين السفير سيليشي بيكيلي، بينما ترأس الوفد السوداني وزير الري والموارد المائية المكلف ضو البيت عبد الرحمن منصور.\n\n'
      + 'من جانبه، قال وزير المياه والطاقة الإثيوبي هابتامو إيتيفا إن بلاده ملتزمة بمبدأ الاستخدام المنصف والمعقول لمياه النيل. "السد مشروع تنموي لتوليد الكهرباء، ولن يلحق ضررا بدولتي المصب"، قال إيتيفا، فيما أكد الوزير السوداني أن السودان يحتاج إلى تبادل منتظم للبيانات لضمان سلامة سد الروصيرص.';
    const { quote, official } = speakerOf(gerd, 'السودان يحتاج');
    expect(quote).toBeDefined();
    expect(official?.country).toBe('SD');
    expect(speakerOf(gerd, 'بلاده ملتزمة').official?.name_ar).toBe('هابتامو إيتيفا');
  });
});

describe('a title before a family name that is a word of the language too', () => {
  // tests/heldout39/4014-spa-jeddah-palau-president-farewell.txt: «ويبس» of «سورانجل ويبس الابن» (the son's mark after it)
  // reads as «و» + «يبس»; after «الرئيس» it is his name.
  it('gives «الرئيس ويبس» to the president so named', () => {
    const palau = 'غادر فخامة الرئيس سورانجل ويبس الابن رئيس جمهورية بالاو، جدة اليوم، بعد زيارة للمملكة استغرقت يومين، التقى خلالها صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء - حفظه الله -.\n\n'
      + 'وأوضح الرئيس ويبس في تصريح لوكالة الأنباء السعودية قبيل مغادرته أن "الدول الجزرية الصغيرة في المحيط الهادئ تقف في الخط الأمامي لمواجهة ارتفاع منسوب مياه البحر، ونقدر عاليا ما تقدمه المملكة من دعم لمشاريع التكيف في منطقتنا".';
    expect(speakerOf(palau, 'الدول الجزرية').official?.name_ar).toBe('سورانجل ويبس الابن');
  });
});
