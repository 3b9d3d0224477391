import type { SectionBank } from './types';

export const politics: SectionBank = {
  angles: [
    {
      headline: {
        ar: '{country}: البرلمان يصوت على قانون الانتخابات الجديد بعد أشهر من الخلاف',
        en: '{country}: parliament votes on a new electoral law after months of dispute',
      },
      lead: {
        ar: 'صوّت البرلمان {adjM} يوم {weekday} على مشروع قانون الانتخابات الجديد بعد أشهر من النقاشات الحادة بين الكتل السياسية، في خطوة وصفها مؤيدوه بأنها تفتح الباب أمام تمثيل أوسع للمحافظات والمستقلين.',
        en: 'The {adjEn} parliament voted on {weekday} on the new electoral bill after months of heated debate between the political blocs, in a step its supporters described as opening the way to wider representation for the provinces and for independents.',
      },
    },
    {
      headline: {
        ar: 'رئيس الوزراء {adjM} يعلن تعديلا وزاريا يشمل حقائب الخدمات',
        en: 'The {adjEn} prime minister announces a cabinet reshuffle covering the service ministries',
      },
      lead: {
        ar: 'أعلن رئيس الوزراء {adjM} يوم {weekday} تعديلا وزاريا شمل وزارات الكهرباء والصحة والنقل، مؤكدا أن الحكومة بحاجة إلى دماء جديدة لتنفيذ برنامجها قبل نهاية ولايتها.',
        en: 'The {adjEn} prime minister announced a cabinet reshuffle on {weekday} covering the electricity, health and transport ministries, saying the government needed new blood to carry out its programme before the end of its term.',
      },
    },
    {
      headline: {
        ar: 'وزير الخارجية {adjM} يبحث في {city} ملفات التعاون الإقليمي',
        en: 'The {adjEn} foreign minister discusses regional cooperation in {city}',
      },
      lead: {
        ar: 'بحث وزير الخارجية {adjM} مع نظرائه من دول المنطقة في اجتماع عقد في {city} يوم {weekday} ملفات التعاون الاقتصادي والأمني، وسبل خفض التوتر في عدد من بؤر النزاع.',
        en: 'The {adjEn} foreign minister discussed economic and security cooperation and ways of reducing tension in several conflict zones with his counterparts from the region at a meeting held in {city} on {weekday}.',
      },
    },
    {
      headline: {
        ar: 'احتجاجات في {city} للمطالبة بتحسين الخدمات ومكافحة الفساد',
        en: 'Protests in {city} demand better services and action on corruption',
      },
      lead: {
        ar: 'خرج آلاف المحتجين إلى شوارع {city} يوم {weekday} للمطالبة بتحسين الخدمات العامة ومحاسبة المسؤولين عن الفساد، في أكبر تظاهرة تشهدها المدينة منذ أشهر.',
        en: 'Thousands of protesters took to the streets of {city} on {weekday} to demand better public services and that those responsible for corruption be held to account, in the largest demonstration the city has seen in months.',
      },
    },
    {
      headline: {
        ar: 'الحكومة {adjF} تطلق حوارا وطنيا حول الإصلاح السياسي',
        en: 'The {adjEn} government launches a national dialogue on political reform',
      },
      lead: {
        ar: 'أطلقت الحكومة {adjF} يوم {weekday} حوارا وطنيا حول الإصلاح السياسي بمشاركة الأحزاب والنقابات ومنظمات المجتمع المدني، على أن ترفع توصياته إلى البرلمان خلال ستة أشهر.',
        en: 'The {adjEn} government launched a national dialogue on political reform on {weekday} with parties, unions and civil society organisations taking part, with its recommendations to go to parliament within six months.',
      },
    },
    {
      headline: {
        ar: 'مفوضية الانتخابات في {country} تحدد موعد الاقتراع وتدعو إلى المشاركة',
        en: "{country}'s electoral commission sets a polling date and urges people to vote",
      },
      lead: {
        ar: 'حددت مفوضية الانتخابات في {country} موعد الاقتراع العام، ودعت المواطنين إلى تحديث بياناتهم والمشاركة بكثافة، مؤكدة أنها اتخذت كل الإجراءات اللازمة لضمان نزاهة العملية الانتخابية.',
        en: "{country}'s electoral commission has set the date of the general election and urged citizens to update their registration and turn out in large numbers, saying it had taken every step needed to ensure a fair vote.",
      },
    },
    {
      headline: {
        ar: 'قمة في {city} تبحث الأمن الإقليمي وأزمة اللاجئين',
        en: 'A summit in {city} discusses regional security and the refugee crisis',
      },
      lead: {
        ar: 'انطلقت في {city} يوم {weekday} أعمال قمة إقليمية تبحث ملفات الأمن وأزمة اللاجئين والتعاون الاقتصادي، بحضور قادة ومسؤولين من دول عدة ومنظمات دولية.',
        en: 'A regional summit opened in {city} on {weekday} to discuss security, the refugee crisis and economic cooperation, attended by leaders and officials from several countries and international organisations.',
      },
    },
    {
      headline: {
        ar: 'المعارضة في {country} تطالب بضمانات لنزاهة الانتخابات المقبلة',
        en: 'The opposition in {country} demands guarantees of a fair vote at the coming election',
      },
      lead: {
        ar: 'طالبت أحزاب المعارضة في {country} بضمانات واضحة لنزاهة الانتخابات المقبلة، وهددت بمقاطعتها إذا لم تستجب السلطات لمطالبها بتشكيل هيئة مستقلة للإشراف على الاقتراع.',
        en: 'Opposition parties in {country} have demanded clear guarantees that the coming election will be fair, threatening to boycott it if the authorities do not agree to an independent body to oversee the vote.',
      },
    },
  ],
  headings: [
    { ar: 'خلافات حول الدوائر', en: 'Disputes over constituencies' },
    { ar: 'مطالب الشارع', en: "The street's demands" },
    { ar: 'موقف المعارضة', en: "The opposition's position" },
    { ar: 'ماذا بعد التصويت؟', en: 'What comes after the vote?' },
    { ar: 'حسابات إقليمية', en: 'Regional calculations' },
    { ar: 'الاقتصاد في الخلفية', en: 'The economy in the background' },
    { ar: 'اختبار للحكومة', en: 'A test for the government' },
    { ar: 'ضمانات النزاهة', en: 'Guarantees of fairness' },
  ],
  sentences: [
    {
      ar: 'وقال رئيس الكتلة البرلمانية الأكبر إن القانون الجديد ثمرة توافق صعب، وإن الأطراف كلها قدمت تنازلات من أجل تجاوز حالة الجمود التي عطلت عمل المؤسسات.',
      en: 'The head of the largest parliamentary bloc said the new law was the fruit of a difficult consensus, and that all parties had made concessions to break the deadlock that had paralysed the institutions.',
    },
    {
      ar: 'في المقابل، رأى نواب معارضون أن التعديلات لا تعالج جوهر الأزمة، محذرين من أن عودة الوجوه نفسها ستعمق فجوة الثقة بين المواطنين والطبقة السياسية.',
      en: 'Opposition MPs, however, argued that the amendments did not address the heart of the crisis, warning that the return of the same faces would deepen the gap of trust between citizens and the political class.',
    },
    {
      ar: 'وبحسب مصادر مطلعة، فإن المشاورات بين الأحزاب استمرت حتى ساعة متأخرة من الليل، وتركزت على توزيع الدوائر الانتخابية وآلية احتساب الأصوات.',
      en: 'According to informed sources, consultations between the parties went on until late at night and focused on the drawing of constituencies and the method of counting votes.',
    },
    {
      ar: 'ويقول محللون إن المرحلة المقبلة ستكون اختبارا حقيقيا لقدرة الحكومة على تنفيذ وعودها، خاصة في ما يتعلق بمكافحة الفساد وتحسين الخدمات الأساسية.',
      en: "Analysts say the coming period will be a real test of the government's ability to keep its promises, especially on fighting corruption and improving basic services.",
    },
    {
      ar: 'وأكد المتحدث باسم الحكومة أن مجلس الوزراء سيعرض خلال الأسابيع المقبلة خطة مفصلة بجدول زمني واضح، وأن البرلمان سيتمكن من مراجعة تنفيذها كل ثلاثة أشهر.',
      en: 'The government spokesman said the cabinet would present a detailed plan with a clear timetable in the coming weeks, and that parliament would be able to review its implementation every three months.',
    },
    {
      ar: 'وكانت نسبة المشاركة في الانتخابات السابقة قد تراجعت إلى {share} في المئة، ما دفع منظمات المجتمع المدني إلى إطلاق حملات لتشجيع الشباب على التصويت.',
      en: 'Turnout at the previous election fell to {share} percent, prompting civil society organisations to launch campaigns encouraging young people to vote.',
    },
    {
      ar: 'وشهدت شوارع {city} انتشارا أمنيا مكثفا منذ ساعات الصباح الأولى، فيما أغلقت السلطات عددا من الطرق المؤدية إلى المباني الحكومية تحسبا لأي تجمعات.',
      en: 'Security forces deployed heavily across {city} from the early hours of the morning, while the authorities closed several roads leading to government buildings in anticipation of any gatherings.',
    },
    {
      ar: 'ورفع المحتجون لافتات تطالب بتوفير فرص العمل وتحسين الكهرباء والماء، مرددين هتافات ضد الفساد والمحاصصة في توزيع المناصب.',
      en: 'Protesters carried banners demanding jobs and better electricity and water, chanting slogans against corruption and the sharing out of posts along party lines.',
    },
    {
      ar: 'ودعا الرئيس {adjM} في كلمة متلفزة جميع الأطراف إلى تغليب المصلحة الوطنية والابتعاد عن لغة التصعيد، مؤكدا أن أبواب الحوار ستبقى مفتوحة.',
      en: 'In a televised address, the {adjEn} president called on all parties to put the national interest first and to abandon the language of escalation, stressing that the doors of dialogue would remain open.',
    },
    {
      ar: 'وتأتي هذه التطورات في ظل أزمة اقتصادية خانقة، إذ تواجه البلاد ارتفاعا في معدلات البطالة وتراجعا في قيمة العملة المحلية.',
      en: 'These developments come amid a stifling economic crisis, with the country facing rising unemployment and a fall in the value of the local currency.',
    },
    {
      ar: 'وقال وزير الخارجية {adjM} في مؤتمر صحفي مشترك مع نظيره إن البلدين اتفقا على تشكيل لجنة عليا تجتمع بشكل دوري لمتابعة الملفات المشتركة.',
      en: 'The {adjEn} foreign minister told a joint press conference with his counterpart that the two countries had agreed to form a high committee that would meet regularly to follow up on shared issues.',
    },
    {
      ar: 'وتناولت المباحثات سبل تعزيز التبادل التجاري وتسهيل تنقل المواطنين، إضافة إلى التنسيق في مواجهة التحديات الأمنية على الحدود.',
      en: 'The talks covered ways of boosting trade and easing the movement of citizens, as well as coordination in facing security challenges on the border.',
    },
    {
      ar: 'وأشار مراقبون إلى أن الزيارة تحمل رسائل سياسية واضحة، في وقت تسعى فيه دول المنطقة إلى خفض التوتر وإعادة ترتيب علاقاتها.',
      en: 'Observers noted that the visit carried clear political messages at a time when the countries of the region are seeking to reduce tension and rearrange their relations.',
    },
    {
      ar: 'وطالبت أحزاب المعارضة بتشكيل هيئة مستقلة للإشراف على العملية الانتخابية، وبالسماح للمراقبين المحليين والدوليين بمتابعة عمليات الفرز في جميع المراكز.',
      en: 'Opposition parties demanded an independent body to oversee the electoral process, and that local and international observers be allowed to follow the counting at every polling station.',
    },
    {
      ar: 'وأعلنت مفوضية الانتخابات أن عدد الناخبين المسجلين تجاوز {hundreds} ألف ناخب في {city} وحدها، بزيادة ملحوظة عن الدورة الماضية.',
      en: 'The electoral commission announced that the number of registered voters had passed {hundreds},000 in {city} alone, a marked increase on the last round.',
    },
    {
      ar: 'ويرى أستاذ العلوم السياسية {man} أن الأزمة الحالية تعكس خللا في بنية النظام السياسي أكثر مما تعكس خلافا على قانون بعينه.',
      en: 'The political scientist {man} believes the current crisis reflects a flaw in the structure of the political system more than a disagreement over any particular law.',
    },
    {
      ar: 'وقال {man}، أستاذ القانون الدستوري، في حديث للرواق إن الإصلاح الحقيقي يبدأ من تعزيز استقلال القضاء وتمكين الهيئات الرقابية من أداء عملها بعيدا عن الضغوط.',
      en: '{man}, a professor of constitutional law, told Al-Riwaq that real reform begins with strengthening the independence of the judiciary and enabling oversight bodies to do their work free of pressure.',
    },
    {
      ar: 'وأقر البرلمان في جلسته الأخيرة حزمة من القوانين المؤجلة، بينها قانون حق الحصول على المعلومات وقانون الأحزاب، بعد سنوات من التعطيل.',
      en: 'In its last session, parliament passed a package of long-delayed laws, among them a right-to-information law and a law on political parties, after years of obstruction.',
    },
    {
      ar: 'وقالت الناشطة الحقوقية {woman} إن المرأة ما زالت ممثلة تمثيلا ضعيفا في مواقع القرار، داعية إلى اعتماد حصص ملزمة في القوائم الانتخابية.',
      en: 'The rights activist {woman} said women were still poorly represented in decision-making positions, calling for binding quotas on electoral lists.',
    },
    {
      ar: 'ولم تصدر الرئاسة أي تعليق رسمي حتى ساعة إعداد هذا التقرير، غير أن مصادر مقربة منها أكدت أن الاتصالات مستمرة لاحتواء الأزمة.',
      en: 'The presidency had issued no official comment at the time of writing, but sources close to it said contacts were continuing to contain the crisis.',
    },
    {
      ar: 'وتعهدت الحكومة بإحالة ملفات الفساد الكبرى إلى القضاء، وبنشر نتائج التحقيقات أمام الرأي العام حال انتهائها.',
      en: 'The government pledged to refer the major corruption cases to the courts and to make the results of the investigations public as soon as they were complete.',
    },
    {
      ar: 'ويعود الخلاف بين الكتل إلى العام {pastYear}، حين انهار الائتلاف الحاكم على خلفية تقاسم الوزارات السيادية.',
      en: 'The dispute between the blocs dates back to {pastYear}, when the ruling coalition collapsed over the sharing out of the sovereign ministries.',
    },
    {
      ar: 'وفي {city}، قال عدد من السكان إنهم لا يعولون كثيرا على التغييرات السياسية، وإن ما يهمهم هو توفير الخدمات وفرص العمل لأبنائهم.',
      en: 'In {city}, a number of residents said they did not expect much from the political changes, and that what mattered to them was services and jobs for their children.',
    },
    {
      ar: 'وشددت الجامعة العربية في بيان على ضرورة احترام سيادة الدول وحل الخلافات بالطرق السلمية، مرحبة بكل مبادرة تعيد الاستقرار إلى المنطقة.',
      en: 'In a statement, the Arab League stressed the need to respect the sovereignty of states and to settle disputes by peaceful means, welcoming any initiative that would restore stability to the region.',
    },
    {
      ar: 'ومن المقرر أن يستأنف البرلمان جلساته الأسبوع المقبل لمناقشة الموازنة العامة، وسط توقعات بجدل واسع حول بنود الإنفاق.',
      en: 'Parliament is due to resume its sessions next week to debate the general budget, amid expectations of wide controversy over spending items.',
    },
    {
      ar: 'وكان رئيس الوزراء قد تعهد لدى تسلمه منصبه بإجراء انتخابات مبكرة، وهو وعد تقول المعارضة إنه لم يتحقق بعد.',
      en: 'On taking office, the prime minister had pledged to hold early elections, a promise the opposition says has yet to be kept.',
    },
    {
      ar: 'وأوضح مسؤول في وزارة الداخلية أن الأجهزة الأمنية وضعت خطة لتأمين مراكز الاقتراع، تشمل نشر آلاف العناصر وإغلاق المنافذ الحدودية يوم التصويت.',
      en: 'An interior ministry official said the security services had drawn up a plan to secure polling stations, including the deployment of thousands of personnel and the closure of border crossings on voting day.',
    },
    {
      ar: 'ويخشى دبلوماسيون غربيون من أن يؤدي استمرار الانقسام إلى تعطيل المساعدات الدولية التي تحتاجها البلاد لإعادة الإعمار.',
      en: 'Western diplomats fear that continued division could hold up the international aid the country needs for reconstruction.',
    },
  ],
  topics: [
    { ar: 'الانتخابات', en: 'Elections' },
    { ar: 'البرلمان', en: 'Parliament' },
    { ar: 'الحكومة', en: 'Government' },
    { ar: 'الأمن', en: 'Security' },
    { ar: 'الاحتجاجات', en: 'Protests' },
    { ar: 'الفساد', en: 'Corruption' },
    { ar: 'الدبلوماسية', en: 'Diplomacy' },
    { ar: 'المعارضة', en: 'Opposition' },
    { ar: 'الدستور', en: 'Constitution' },
    { ar: 'الجامعة العربية', en: 'Arab League' },
    { ar: 'الأمم المتحدة', en: 'United Nations' },
    { ar: 'حقوق الإنسان', en: 'Human rights' },
    { ar: 'اللاجئون', en: 'Refugees' },
    { ar: 'الأحزاب السياسية', en: 'Political parties' },
    { ar: 'القضاء', en: 'Judiciary' },
    { ar: 'الإصلاح السياسي', en: 'Political reform' },
    { ar: 'الحدود', en: 'Borders' },
    { ar: 'مجلس الأمن', en: 'Security Council' },
    { ar: 'الهدنة', en: 'Ceasefire' },
    { ar: 'المفاوضات', en: 'Negotiations' },
    { ar: 'الحكم المحلي', en: 'Local government' },
    { ar: 'تمثيل المرأة', en: "Women's representation" },
    { ar: 'حرية الصحافة', en: 'Press freedom' },
    { ar: 'الانتخابات البلدية', en: 'Municipal elections' },
    { ar: 'الاستفتاء', en: 'Referendum' },
    { ar: 'العفو العام', en: 'General amnesty' },
    { ar: 'المصالحة الوطنية', en: 'National reconciliation' },
    { ar: 'السياسة الخارجية', en: 'Foreign policy' },
    { ar: 'الوساطة', en: 'Mediation' },
    { ar: 'النازحون', en: 'Displaced people' },
    { ar: 'الإرهاب', en: 'Terrorism' },
    { ar: 'العلاقات الخليجية', en: 'Gulf relations' },
    { ar: 'الاتحاد الأوروبي', en: 'European Union' },
    { ar: 'الانتخابات الرئاسية', en: 'Presidential election' },
  ],
};
