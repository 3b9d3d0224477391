import type { SectionBank } from './types';

export const economy: SectionBank = {
  angles: [
    {
      headline: {
        ar: 'البنك المركزي {adjM} يرفع أسعار الفائدة لكبح التضخم',
        en: 'The {adjEn} central bank raises interest rates to curb inflation',
      },
      lead: {
        ar: 'رفع البنك المركزي {adjM} يوم {weekday} سعر الفائدة الرئيسي بواقع نصف نقطة مئوية، في محاولة لكبح التضخم الذي بلغ {pct} في المئة على أساس سنوي، وهو الأعلى منذ سنوات.',
        en: 'The {adjEn} central bank raised its main interest rate by half a percentage point on {weekday}, in an effort to curb annual inflation, which has reached {pct} percent, the highest in years.',
      },
    },
    {
      headline: {
        ar: 'الحكومة {adjF} تطلق منطقة صناعية جديدة قرب {city} بكلفة {hundreds} مليون دولار',
        en: 'The {adjEn} government launches a ${hundreds} million industrial zone near {city}',
      },
      lead: {
        ar: 'أطلقت الحكومة {adjF} يوم {weekday} مشروع منطقة صناعية جديدة قرب {city} بكلفة تقدر بنحو {hundreds} مليون دولار، ضمن خطة لجذب الاستثمارات وتوفير فرص العمل في المحافظات.',
        en: 'The {adjEn} government on {weekday} launched a new industrial zone near {city} at an estimated cost of about ${hundreds} million, as part of a plan to attract investment and create jobs in the provinces.',
      },
    },
    {
      headline: {
        ar: 'صادرات {country} غير النفطية ترتفع {pct} في المئة خلال العام الماضي',
        en: "{country}'s non-oil exports rise {pct} percent over the past year",
      },
      lead: {
        ar: 'أظهرت بيانات رسمية نشرت يوم {weekday} أن صادرات {country} غير النفطية ارتفعت بنسبة {pct} في المئة خلال العام الماضي، مدفوعة بنمو قطاعات الصناعات الغذائية والكيماويات ومواد البناء.',
        en: "Official data published on {weekday} showed that {country}'s non-oil exports rose by {pct} percent over the past year, driven by growth in food processing, chemicals and building materials.",
      },
    },
    {
      headline: {
        ar: 'أسعار المواد الغذائية تثقل كاهل الأسر في {city}',
        en: 'Food prices weigh heavily on households in {city}',
      },
      lead: {
        ar: 'يشكو سكان {city} من ارتفاع متواصل في أسعار المواد الغذائية الأساسية، إذ زادت أسعار الخبز والزيت والأرز خلال الأشهر الأخيرة بوتيرة تفوق بكثير نمو الأجور.',
        en: 'Residents of {city} are complaining of a steady rise in the prices of basic foodstuffs, with bread, oil and rice costing more in recent months at a pace that far outstrips the growth of wages.',
      },
    },
    {
      headline: {
        ar: 'الحكومة {adjF} تقر موازنة العام الجديد بعجز متوقع يبلغ {pct} في المئة',
        en: "The {adjEn} government approves the new year's budget with a projected deficit of {pct} percent",
      },
      lead: {
        ar: 'أقر مجلس الوزراء {adjM} يوم {weekday} مشروع الموازنة العامة للعام الجديد، بعجز متوقع يبلغ {pct} في المئة من الناتج المحلي الإجمالي، مع زيادة في مخصصات الصحة والتعليم وخفض في النفقات التشغيلية.',
        en: 'The {adjEn} cabinet on {weekday} approved the draft general budget for the new year, with a projected deficit of {pct} percent of gross domestic product, more money for health and education and cuts in running costs.',
      },
    },
    {
      headline: {
        ar: 'شركات ناشئة في {city} تجذب استثمارات قياسية رغم تباطؤ الاقتصاد',
        en: 'Start-ups in {city} attract record investment despite the economic slowdown',
      },
      lead: {
        ar: 'جذبت الشركات الناشئة في {city} استثمارات بلغت نحو {hundreds} مليون دولار خلال العام الماضي، في رقم قياسي يعكس اهتماما متزايدا من صناديق رأس المال المغامر بأسواق المنطقة.',
        en: "Start-ups in {city} attracted investment of around ${hundreds} million last year, a record that reflects growing interest from venture capital funds in the region's markets.",
      },
    },
    {
      headline: {
        ar: 'اتفاق بين {country} وصندوق النقد الدولي على تمويل جديد',
        en: '{country} and the IMF agree on new financing',
      },
      lead: {
        ar: 'توصلت حكومة {country} إلى اتفاق على مستوى الخبراء مع صندوق النقد الدولي للحصول على تمويل جديد، مقابل حزمة من الإصلاحات تشمل ترشيد الدعم وتوسيع القاعدة الضريبية.',
        en: 'The government of {country} has reached a staff-level agreement with the International Monetary Fund on new financing, in return for a package of reforms that includes trimming subsidies and widening the tax base.',
      },
    },
    {
      headline: {
        ar: 'قطاع السياحة في {country} يستعيد عافيته مع ارتفاع أعداد الزوار',
        en: 'Tourism in {country} recovers as visitor numbers rise',
      },
      lead: {
        ar: 'سجل قطاع السياحة في {country} انتعاشا واضحا خلال الموسم الحالي، إذ ارتفع عدد الزوار بنسبة {pct} في المئة مقارنة بالعام السابق، وفق أرقام رسمية نشرت يوم {weekday}.',
        en: 'Tourism in {country} has made a clear recovery this season, with visitor numbers up {pct} percent on the previous year, according to official figures published on {weekday}.',
      },
    },
  ],
  headings: [
    { ar: 'ضغوط الأسعار', en: 'Price pressures' },
    { ar: 'ماذا يقول الخبراء؟', en: 'What do the experts say?' },
    { ar: 'الأسواق تتفاعل', en: 'Markets react' },
    { ar: 'الأسر تدفع الثمن', en: 'Households pay the price' },
    { ar: 'فرص وتحديات', en: 'Opportunities and challenges' },
    { ar: 'الاستثمار الأجنبي', en: 'Foreign investment' },
    { ar: 'إصلاحات مؤجلة', en: 'Postponed reforms' },
    { ar: 'أرقام العام الماضي', en: "Last year's figures" },
  ],
  sentences: [
    {
      ar: 'وقال محافظ البنك المركزي إن السياسة النقدية ستبقى متشددة إلى أن تظهر مؤشرات واضحة على تراجع الضغوط التضخمية.',
      en: 'The governor of the central bank said monetary policy would remain tight until there were clear signs that inflationary pressures were easing.',
    },
    {
      ar: 'ويرى الخبير الاقتصادي {man} أن رفع الفائدة وحده لا يكفي، لأن جزءا كبيرا من التضخم مستورد ويرتبط بأسعار الغذاء والطاقة في الأسواق العالمية.',
      en: 'The economist {man} believes raising interest rates alone is not enough, because a large part of inflation is imported and tied to world food and energy prices.',
    },
    {
      ar: 'وتراجعت قيمة العملة المحلية أمام الدولار بنحو {pct} في المئة منذ بداية العام، ما رفع كلفة الواردات وأثر في القدرة الشرائية للأسر.',
      en: "The local currency has lost about {pct} percent of its value against the dollar since the start of the year, raising the cost of imports and eroding households' purchasing power.",
    },
    {
      ar: 'وتعتمد البلاد على الاستيراد لتأمين الجزء الأكبر من حاجتها من القمح والزيوت النباتية، ما يجعلها عرضة لتقلبات الأسعار وتكاليف الشحن.',
      en: 'The country relies on imports for most of its wheat and vegetable oil, which leaves it exposed to swings in prices and shipping costs.',
    },
    {
      ar: 'وأعلنت وزارة المالية أنها ستطرح سندات جديدة بقيمة {hundreds} مليون دولار لتمويل مشاريع البنية التحتية، مؤكدة أن الطلب من المستثمرين كان قويا.',
      en: 'The finance ministry announced that it would issue ${hundreds} million of new bonds to fund infrastructure projects, saying demand from investors had been strong.',
    },
    {
      ar: 'وبلغ معدل البطالة بين الشباب نحو {share} في المئة، وفق أحدث أرقام جهاز الإحصاء، وهو من أعلى المعدلات في المنطقة.',
      en: 'Youth unemployment stands at about {share} percent, according to the latest figures from the statistics agency, one of the highest rates in the region.',
    },
    {
      ar: 'ويقول أصحاب المحال التجارية في {city} إن حركة البيع تراجعت بشكل ملحوظ، وإن كثيرا من الزبائن باتوا يكتفون بشراء الضروريات.',
      en: 'Shopkeepers in {city} say sales have fallen noticeably and that many customers now buy only the essentials.',
    },
    {
      ar: 'وتسعى الحكومة إلى جذب الاستثمارات الأجنبية من خلال تبسيط إجراءات تأسيس الشركات وتقديم إعفاءات ضريبية للمشاريع في المناطق الأقل نموا.',
      en: 'The government is trying to attract foreign investment by simplifying the procedures for setting up companies and offering tax exemptions to projects in less developed areas.',
    },
    {
      ar: 'وأوضح وزير الاقتصاد أن الخطة تهدف إلى رفع مساهمة القطاع الصناعي في الناتج المحلي، وخلق فرص عمل جديدة للخريجين.',
      en: "The economy minister explained that the plan aims to raise the industrial sector's share of the economy and to create new jobs for graduates.",
    },
    {
      ar: 'وتتوقع مؤسسات التصنيف الائتماني أن يسجل الاقتصاد نموا بنحو {pct} في المئة هذا العام، إذا استمرت أسعار الطاقة عند مستوياتها الحالية.',
      en: 'Credit rating agencies expect the economy to grow by about {pct} percent this year if energy prices stay at their current levels.',
    },
    {
      ar: 'وأشار تقرير للبنك الدولي إلى أن القطاع غير الرسمي يستوعب نسبة كبيرة من العاملين، ما يحرمهم من الحماية الاجتماعية ويحرم الدولة من إيرادات ضريبية.',
      en: 'A World Bank report noted that the informal sector employs a large share of workers, depriving them of social protection and the state of tax revenue.',
    },
    {
      ar: 'ويطالب اتحاد الصناعات بخفض أسعار الكهرباء للمصانع، معتبرا أن كلفة الطاقة المرتفعة تضعف قدرة المنتج المحلي على المنافسة.',
      en: "The federation of industries is calling for cheaper electricity for factories, arguing that high energy costs weaken local producers' ability to compete.",
    },
    {
      ar: 'وارتفع حجم التبادل التجاري بين البلدين إلى نحو {hundreds} مليون دولار، مع توقعات بمضاعفته خلال السنوات الخمس المقبلة.',
      en: 'Trade between the two countries has risen to about ${hundreds} million, and is expected to double over the next five years.',
    },
    {
      ar: 'وقالت رئيسة غرفة التجارة {woman} إن الشركات الصغيرة والمتوسطة تحتاج إلى تمويل ميسر، لأن البنوك ما زالت تشترط ضمانات لا يملكها معظم رواد الأعمال.',
      en: 'The head of the chamber of commerce, {woman}, said small and medium-sized companies needed affordable finance, because banks still demand guarantees that most entrepreneurs do not have.',
    },
    {
      ar: 'وتشمل الإصلاحات المتفق عليها رفع الدعم تدريجيا عن الوقود، مع توسيع برامج التحويلات النقدية للأسر الأكثر فقرا.',
      en: 'The agreed reforms include gradually lifting fuel subsidies while widening cash transfer programmes for the poorest families.',
    },
    {
      ar: 'ويحذر اقتصاديون من أن أي زيادة مفاجئة في الأسعار قد تثير موجة جديدة من الاحتجاجات، كما حدث في العام {pastYear}.',
      en: 'Economists warn that any sudden price rise could set off a new wave of protests, as happened in {pastYear}.',
    },
    {
      ar: 'وسجلت البورصة المحلية مكاسب خلال جلسة {weekday}، بقيادة أسهم البنوك وشركات الاتصالات، بعد إعلان نتائج فصلية فاقت التوقعات.',
      en: "The local stock exchange posted gains in {weekday}'s session, led by bank and telecoms shares, after quarterly results beat expectations.",
    },
    {
      ar: 'وتخطط الحكومة لطرح حصص من عدد من الشركات العامة في البورصة، في خطوة تقول إنها ستحسن الإدارة وتوفر موارد للخزينة.',
      en: 'The government plans to float stakes in several state-owned companies on the stock exchange, a step it says will improve their management and raise money for the treasury.',
    },
    {
      ar: 'ويعمل في المنطقة الصناعية نحو {hundreds} مصنع، توفر آلاف فرص العمل لسكان المناطق المحيطة.',
      en: 'About {hundreds} factories operate in the industrial zone, providing thousands of jobs for people in the surrounding areas.',
    },
    {
      ar: 'وتمثل تحويلات المغتربين مصدرا رئيسيا للعملة الصعبة، إذ تجاوزت قيمتها {hundreds} مليون دولار في الربع الأخير وحده.',
      en: 'Remittances from expatriates are a main source of hard currency, exceeding ${hundreds} million in the last quarter alone.',
    },
    {
      ar: 'ويرى مستثمرون أن غياب الاستقرار التشريعي وتغير القوانين باستمرار يبقيان العائق الأكبر أمام المشاريع طويلة الأمد.',
      en: 'Investors see the lack of legislative stability and constantly changing laws as the biggest obstacle to long-term projects.',
    },
    {
      ar: 'وأطلقت الحكومة منصة إلكترونية لتسجيل الشركات ودفع الرسوم، تقول إنها اختصرت مدة الإجراءات من أسابيع إلى أيام.',
      en: 'The government has launched an online platform for registering companies and paying fees, which it says has cut the procedures from weeks to days.',
    },
    {
      ar: 'وقال {man}، صاحب مصنع للملابس في {city}، إن تكاليف المواد الخام تضاعفت تقريبا، وإنه اضطر إلى تقليص عدد العاملين لديه.',
      en: '{man}, who owns a clothing factory in {city}, said the cost of raw materials had almost doubled and that he had been forced to cut his workforce.',
    },
    {
      ar: 'وتستهدف الخطة الوطنية للسياحة استقطاب ملايين الزوار سنويا بحلول نهاية العقد، عبر تطوير المطارات والفنادق وتسهيل إجراءات التأشيرات.',
      en: 'The national tourism plan aims to draw millions of visitors a year by the end of the decade by developing airports and hotels and easing visa procedures.',
    },
    {
      ar: 'وتراجعت أسعار النفط في الأسواق العالمية خلال الأسابيع الماضية، ما يضغط على إيرادات الدول المصدرة ويعقد خطط الإنفاق.',
      en: 'World oil prices have fallen over the past weeks, squeezing the revenues of exporting countries and complicating their spending plans.',
    },
    {
      ar: 'وأكد صندوق النقد الدولي في بيان أن نجاح البرنامج مرهون بالتزام الحكومة بالإصلاحات وحماية الفئات الضعيفة من آثارها.',
      en: "In a statement, the International Monetary Fund said the programme's success depends on the government's commitment to the reforms and on protecting vulnerable groups from their effects.",
    },
    {
      ar: 'ويبلغ حجم الدين العام نحو {share} في المئة من الناتج المحلي الإجمالي، وتستهلك خدمته جزءا متزايدا من الموازنة.',
      en: 'Public debt stands at about {share} percent of gross domestic product, and servicing it takes up a growing part of the budget.',
    },
    {
      ar: 'وتعول الحكومة على مشاريع الطاقة المتجددة لخفض فاتورة استيراد الوقود، وتحويل البلاد إلى مصدر للكهرباء النظيفة إلى دول الجوار.',
      en: 'The government is counting on renewable energy projects to cut the fuel import bill and to turn the country into an exporter of clean electricity to its neighbours.',
    },
  ],
  topics: [
    { ar: 'الاقتصاد', en: 'Economy' },
    { ar: 'التضخم', en: 'Inflation' },
    { ar: 'البنك المركزي', en: 'Central bank' },
    { ar: 'الاستثمار', en: 'Investment' },
    { ar: 'النفط', en: 'Oil' },
    { ar: 'البطالة', en: 'Unemployment' },
    { ar: 'صندوق النقد الدولي', en: 'International Monetary Fund' },
    { ar: 'التجارة', en: 'Trade' },
    { ar: 'الأسعار', en: 'Prices' },
    { ar: 'الموازنة العامة', en: 'Public budget' },
    { ar: 'البورصة', en: 'Stock exchange' },
    { ar: 'الشركات الناشئة', en: 'Start-ups' },
    { ar: 'السياحة', en: 'Tourism' },
    { ar: 'الدعم', en: 'Subsidies' },
    { ar: 'الضرائب', en: 'Taxes' },
    { ar: 'العملة', en: 'Currency' },
    { ar: 'الصادرات', en: 'Exports' },
    { ar: 'الديون', en: 'Debt' },
    { ar: 'الصناعة', en: 'Industry' },
    { ar: 'الزراعة', en: 'Agriculture' },
    { ar: 'القمح', en: 'Wheat' },
    { ar: 'الغاز', en: 'Gas' },
    { ar: 'البنك الدولي', en: 'World Bank' },
    { ar: 'الموانئ', en: 'Ports' },
    { ar: 'الخصخصة', en: 'Privatisation' },
    { ar: 'تحويلات المغتربين', en: 'Remittances' },
    { ar: 'العقارات', en: 'Real estate' },
    { ar: 'الاقتصاد الرقمي', en: 'Digital economy' },
    { ar: 'التجارة الإلكترونية', en: 'E-commerce' },
    { ar: 'المصارف', en: 'Banks' },
    { ar: 'الشحن', en: 'Shipping' },
    { ar: 'الأمن الغذائي', en: 'Food security' },
    { ar: 'ريادة الأعمال', en: 'Entrepreneurship' },
    { ar: 'الأجور', en: 'Wages' },
    { ar: 'الطيران', en: 'Aviation' },
  ],
};
