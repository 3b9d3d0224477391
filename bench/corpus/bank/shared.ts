import type { Pair } from './types';

/** Sub-headings that fit a story of any section. */
export const sharedHeadings: Pair[] = [
  { ar: 'ردود الفعل', en: 'Reactions' },
  { ar: 'خلفية', en: 'Background' },
  { ar: 'ما الذي ينتظر؟', en: 'What lies ahead?' },
  { ar: 'أسئلة معلقة', en: 'Open questions' },
  { ar: 'في الميدان', en: 'On the ground' },
  { ar: 'بالأرقام', en: 'In figures' },
  { ar: 'تجارب سابقة', en: 'Past experience' },
  { ar: 'آراء متباينة', en: 'Differing views' },
];

/** Sentences of reaction, context and attribution that fit a story of any section. */
export const sharedSentences: Pair[] = [
  {
    ar: 'وتأتي هذه الخطوة بعد أشهر من النقاشات بين الجهات المعنية، وسط مطالبات متزايدة بتسريع وتيرة العمل وتحسين التنسيق بين المؤسسات.',
    en: 'The step comes after months of discussion among the bodies concerned, amid growing calls to speed up the work and improve coordination between institutions.',
  },
  {
    ar: 'وقال مسؤول حكومي، طلب عدم الكشف عن اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام، إن القرار اتخذ بعد دراسة معمقة للبدائل المتاحة.',
    en: 'A government official, who asked not to be named because he was not authorised to speak to the media, said the decision had been taken after a thorough study of the alternatives.',
  },
  {
    ar: 'ولم يتسن للرواق الحصول على تعليق فوري من الجهات الرسمية حول هذه المعلومات.',
    en: 'Al-Riwaq was unable to obtain an immediate comment from the authorities on this information.',
  },
  {
    ar: 'ويرى متابعون أن نجاح هذه الخطوة يتوقف على توفير التمويل اللازم واستمرار الإرادة السياسية لدعمها.',
    en: 'Observers believe the success of the step depends on securing the necessary funding and on continued political will to support it.',
  },
  {
    ar: 'ومن المنتظر أن تتضح الصورة أكثر خلال الأسابيع المقبلة، مع صدور التقارير الرسمية الأولى.',
    en: 'The picture is expected to become clearer in the coming weeks as the first official reports are published.',
  },
  {
    ar: 'وتداول مستخدمو مواقع التواصل الاجتماعي صورا ومقاطع مصورة للحدث، وتباينت التعليقات بين مرحب ومنتقد.',
    en: 'Social media users shared photos and videos of the event, with comments ranging from welcoming to critical.',
  },
  {
    ar: 'وفي حديث للرواق، قال {man} إن ما جرى لم يكن مفاجئا لمن يتابع الملف عن قرب، لكنه جاء أسرع مما توقعه كثيرون.',
    en: 'Speaking to Al-Riwaq, {man} said what had happened was no surprise to anyone following the issue closely, but that it had come sooner than many had expected.',
  },
  {
    ar: 'وأكدت {woman}، وهي باحثة في مركز للدراسات، أن المطلوب اليوم هو سياسات طويلة الأمد لا تتغير بتغير المسؤولين.',
    en: '{woman}, a researcher at a think tank, said what was needed today were long-term policies that do not change every time the officials do.',
  },
  {
    ar: 'ويعود الاهتمام بهذا الملف إلى العام {pastYear}، حين أطلقت أول خطة وطنية بهذا الشأن، لكنها لم تنفذ بالكامل.',
    en: 'Interest in the issue goes back to {pastYear}, when the first national plan on the subject was launched, though it was never fully carried out.',
  },
  {
    ar: 'وقال مصدر مطلع إن الاجتماعات ستستأنف بعد عطلة نهاية الأسبوع، وإن المسودة النهائية قد تعرض على الجمهور قبل اعتمادها.',
    en: 'An informed source said the meetings would resume after the weekend and that the final draft might be put to the public before it is adopted.',
  },
  {
    ar: 'وتظهر الأرقام الرسمية تحسنا نسبيا مقارنة بالعام الماضي، لكن الخبراء يحذرون من الإفراط في التفاؤل.',
    en: 'Official figures show a relative improvement on last year, but experts warn against too much optimism.',
  },
  {
    ar: 'وطالب ممثلون عن المجتمع المدني بإشراكهم في مراحل التنفيذ والمتابعة، وبنشر البيانات بشكل دوري وشفاف.',
    en: 'Representatives of civil society asked to be involved in carrying out and monitoring the plan, and for data to be published regularly and openly.',
  },
  {
    ar: 'وفي {city}، بدت الحياة طبيعية في معظم الأحياء، فيما واصل السكان أعمالهم اليومية وسط اهتمام واضح بمتابعة الأخبار.',
    en: 'In {city}, life appeared normal in most districts, with residents going about their daily business while following the news closely.',
  },
  {
    ar: 'وأشار التقرير إلى أن الفجوة بين المدن والأرياف ما زالت واسعة، سواء في الخدمات أو في فرص العمل.',
    en: 'The report noted that the gap between the cities and the countryside remains wide, both in services and in jobs.',
  },
  {
    ar: 'ولا تزال تفاصيل كثيرة غير معروفة، إذ لم تنشر الجهات المعنية النص الكامل للقرار حتى الآن.',
    en: 'Many details are still unknown, as the bodies concerned have not yet published the full text of the decision.',
  },
  {
    ar: 'ويقول منتقدون إن الخطوة جاءت متأخرة، وإنها تعالج النتائج بدلا من معالجة الأسباب العميقة للمشكلة.',
    en: 'Critics say the step has come late and that it deals with the effects rather than the deep causes of the problem.',
  },
  {
    ar: 'وأعرب عدد من المواطنين الذين التقاهم الرواق عن أملهم في أن تنعكس هذه الإجراءات على حياتهم اليومية في وقت قريب.',
    en: 'Several people Al-Riwaq spoke to said they hoped the measures would soon make a difference to their daily lives.',
  },
  {
    ar: 'وكانت منظمات دولية قد أشادت بالخطوات الأولى، لكنها دعت إلى ضمان استدامتها وتوسيعها لتشمل جميع المحافظات.',
    en: 'International organisations had praised the first steps but called for them to be made lasting and extended to every province.',
  },
  {
    ar: 'وبحسب الجدول الزمني المعلن، فإن المرحلة الأولى ستنتهي بنهاية العام المقبل، على أن تبدأ المرحلة الثانية مباشرة بعدها.',
    en: 'According to the published timetable, the first phase will end at the close of next year, with the second phase starting straight afterwards.',
  },
  {
    ar: 'وأكد المتحدث أن الجهات المختصة ستتابع التنفيذ عن كثب، وأن أي تقصير سيحاسب عليه المسؤولون.',
    en: 'The spokesman said the competent authorities would follow the work closely and that officials would be held to account for any failings.',
  },
  {
    ar: 'ويذكر أن مقترحات مشابهة طرحت في السابق، لكنها تعثرت بسبب الخلافات الإدارية ونقص التمويل.',
    en: 'Similar proposals have been put forward in the past but stalled because of administrative disputes and a lack of funding.',
  },
  {
    ar: 'وشهدت الأشهر الماضية نقاشا واسعا في وسائل الإعلام حول هذه القضية، شارك فيه خبراء ومسؤولون سابقون.',
    en: 'The past months have seen wide debate in the media on the issue, with experts and former officials taking part.',
  },
  {
    ar: 'وقال {man}، وهو من سكان {city}، إن الناس يريدون أن يروا نتائج ملموسة، لا أن يسمعوا وعودا جديدة.',
    en: '{man}, who lives in {city}, said people wanted to see tangible results, not to hear new promises.',
  },
  {
    ar: 'وتشير استطلاعات رأي حديثة إلى أن غالبية المواطنين يؤيدون الإجراءات من حيث المبدأ، لكنهم يشككون في طريقة تطبيقها.',
    en: 'Recent opinion polls suggest that most citizens support the measures in principle but doubt the way they will be applied.',
  },
  {
    ar: 'ومن المقرر أن يعقد مؤتمر صحفي خلال الأيام المقبلة لعرض مزيد من التفاصيل والإجابة عن أسئلة الصحفيين.',
    en: "A press conference is due to be held in the coming days to set out more details and answer journalists' questions.",
  },
  {
    ar: 'ويتوقع مراقبون أن تثير هذه القضية جدلا واسعا في الأسابيع المقبلة، خاصة مع اقتراب مواعيد سياسية مهمة.',
    en: 'Observers expect the issue to stir wide debate in the coming weeks, especially as important political deadlines approach.',
  },
  {
    ar: 'وفي السياق نفسه، أعلنت جهات أخرى عن مبادرات مماثلة، ما يشير إلى اتجاه عام نحو معالجة هذا الملف.',
    en: 'In the same vein, other bodies have announced similar initiatives, pointing to a general move to tackle the issue.',
  },
  {
    ar: 'وقالت {woman} في تصريح للرواق إن التجارب السابقة في دول أخرى أثبتت أن المشاركة المجتمعية شرط أساسي للنجاح.',
    en: '{woman} told Al-Riwaq that past experience in other countries had shown that community participation was a precondition for success.',
  },
  {
    ar: 'وتواجه الجهات المعنية تحديات كبيرة، أبرزها نقص الكوادر المؤهلة وتقادم البنية التحتية في مناطق عدة.',
    en: 'The bodies concerned face great challenges, chief among them a shortage of qualified staff and ageing infrastructure in many areas.',
  },
  {
    ar: 'وأضاف التقرير أن الاستثمار في التدريب وبناء القدرات سيعود بفوائد تفوق كلفته خلال سنوات قليلة.',
    en: 'The report added that investing in training and skills would pay back more than it costs within a few years.',
  },
  {
    ar: 'وقد حظيت القضية باهتمام واسع منذ الإعلان عنها يوم {weekday}، وتصدرت النقاشات في المجالس العامة ووسائل الإعلام.',
    en: 'The issue has drawn wide attention since it was announced on {weekday}, and has dominated discussion in public gatherings and in the media.',
  },
  {
    ar: 'ويرى بعض الخبراء أن الحل يكمن في اللامركزية ومنح السلطات المحلية صلاحيات أوسع في إدارة شؤونها.',
    en: 'Some experts believe the answer lies in decentralisation and in giving local authorities wider powers to run their own affairs.',
  },
  {
    ar: 'وأكدت مصادر في الوزارة المعنية أن الميزانية المخصصة للمشروع ستصرف على دفعات، مرتبطة بنسب الإنجاز على الأرض.',
    en: 'Sources in the ministry concerned said the money for the project would be paid in instalments tied to progress on the ground.',
  },
  {
    ar: 'ويخشى كثيرون أن تبقى هذه الخطط حبرا على ورق، كما حدث مع خطط سابقة أعلنت ثم نسيت.',
    en: 'Many fear the plans will stay on paper, as happened with earlier plans that were announced and then forgotten.',
  },
  {
    ar: 'وبين من التقاهم الرواق، قال شاب في العشرينات إنه يفكر في الهجرة إذا لم تتحسن الأوضاع خلال السنوات المقبلة.',
    en: 'Among those Al-Riwaq met, a young man in his twenties said he was thinking of emigrating if conditions did not improve in the coming years.',
  },
  {
    ar: 'ويعد هذا الملف من أكثر القضايا حساسية في البلاد، نظرا إلى ارتباطه بحياة ملايين المواطنين بشكل مباشر.',
    en: 'The issue is one of the most sensitive in the country, because it bears directly on the lives of millions of citizens.',
  },
  {
    ar: 'وكشفت وثيقة اطلع عليها الرواق أن اللجنة المكلفة أوصت بجملة من الإجراءات العاجلة، بينها مراجعة التشريعات القائمة.',
    en: 'A document seen by Al-Riwaq shows that the committee in charge recommended a series of urgent measures, among them a review of existing legislation.',
  },
  {
    ar: 'وتبقى الأسئلة مطروحة حول قدرة المؤسسات على الاستمرار في هذا النهج، في ظل الظروف الاقتصادية الصعبة.',
    en: "Questions remain over the institutions' ability to keep to this course in difficult economic conditions.",
  },
  {
    ar: 'ويشار إلى أن نسبة كبيرة من السكان تعيش في المدن الكبرى، ما يضاعف الضغط على الخدمات والبنية التحتية فيها.',
    en: 'A large share of the population lives in the big cities, which doubles the pressure on their services and infrastructure.',
  },
  {
    ar: 'وختم المسؤول حديثه بالتأكيد على أن الأبواب مفتوحة أمام كل المقترحات التي تخدم المصلحة العامة.',
    en: 'The official ended by stressing that the door was open to any proposal that served the public interest.',
  },
];
