/**
 * A short article of our own that touches every layer of the engine (titles and names, a known person, an
 * unknown foreign name, quotes with a reporting verb, a meeting with two sides). Analysing it once when a
 * page looks Arabic compiles the engine's hot paths and fills its lazy tables before the page's own text
 * arrives, so the first real analysis runs at full speed.
 */
export const WARM_UP_TEXT = [
  'وزير الخارجية يستقبل نظيره الكوري الجنوبي',
  'استقبل وزير الخارجية المصري سامح شكري في القاهرة اليوم الأحد وزير الخارجية الكوري الجنوبي بارك جين، وبحث الجانبان سبل تعزيز التعاون بين البلدين.',
  'وقال شكري في مؤتمر صحفي مشترك إن «المباحثات كانت بناءة ومثمرة»، مضيفا أن الجانبين اتفقا على مواصلة التشاور. وأكد الوزير الكوري أن بلاده "تدعم جهود السلام في المنطقة".',
  'وحضر اللقاء من الجانب المصري مساعد وزير الخارجية للشؤون الآسيوية السفير محمد أبو بكر، ومن الجانب الكوري سفير كوريا الجنوبية لدى القاهرة كيم يونغ هيون.',
].join('\n\n');

/**
 * The warm-up in steps, each analysed in a task of its own, so that a page's analysis arriving meanwhile waits for
 * one short step only: a title and a known name (the tables of known people and titles are built on their first
 * look-up), the headline, then the whole article (compiling the code of every layer).
 */
export const WARM_UP_STEPS = ['الرئيس الروسي فلاديمير بوتين', WARM_UP_TEXT.slice(0, WARM_UP_TEXT.indexOf('\n\n')), WARM_UP_TEXT];
