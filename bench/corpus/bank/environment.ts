import type { SectionBank } from './types';

export const environment: SectionBank = {
  angles: [
    {
      headline: {
        ar: 'موجة حر تضرب {country} ودرجات الحرارة تتجاوز 48 درجة',
        en: 'A heatwave hits {country} as temperatures pass 48 degrees',
      },
      lead: {
        ar: 'تتعرض مناطق واسعة من {country} لموجة حر شديدة منذ أيام، وسجلت درجات الحرارة في {city} أكثر من 48 درجة مئوية، وسط تحذيرات للسكان من التعرض لأشعة الشمس.',
        en: 'Large parts of {country} have been gripped by a severe heatwave for days, with temperatures in {city} passing 48 degrees Celsius and residents warned to stay out of the sun.',
      },
    },
    {
      headline: {
        ar: 'محطة طاقة شمسية جديدة قرب {city} تدخل الخدمة',
        en: 'A new solar power plant near {city} comes into service',
      },
      lead: {
        ar: 'دخلت محطة جديدة للطاقة الشمسية قرب {city} الخدمة يوم {weekday}، بقدرة تكفي لتزويد مئات آلاف المنازل بالكهرباء، ضمن خطة لرفع حصة الطاقة المتجددة في إنتاج الكهرباء.',
        en: 'A new solar power plant near {city} came into service on {weekday}, with enough capacity to supply hundreds of thousands of homes with electricity, under a plan to raise the share of renewable energy in power generation.',
      },
    },
    {
      headline: {
        ar: 'الجفاف يهدد المزارعين في ريف {city}',
        en: 'Drought threatens farmers in the countryside around {city}',
      },
      lead: {
        ar: 'يواجه المزارعون في ريف {city} موسما صعبا بعد شتاء شحيح الأمطار، إذ انخفض منسوب الآبار وجفت قنوات الري، واضطر كثيرون إلى ترك أجزاء من أراضيهم بلا زراعة.',
        en: 'Farmers in the countryside around {city} face a hard season after a winter of little rain: the water in the wells has dropped, the irrigation channels have dried up and many have had to leave part of their land unplanted.',
      },
    },
    {
      headline: {
        ar: 'حملة لزراعة مليون شجرة في {country}',
        en: 'A campaign to plant a million trees in {country}',
      },
      lead: {
        ar: 'أطلقت وزارة البيئة {adjF} يوم {weekday} حملة وطنية لزراعة مليون شجرة خلال عامين في المدن والمناطق المتضررة من التصحر، بمشاركة البلديات والمدارس والمتطوعين.',
        en: 'The {adjEn} environment ministry on {weekday} launched a national campaign to plant a million trees within two years in cities and in areas hit by desertification, with municipalities, schools and volunteers taking part.',
      },
    },
    {
      headline: {
        ar: 'تلوث الهواء في {city} يبلغ مستويات خطرة',
        en: 'Air pollution in {city} reaches dangerous levels',
      },
      lead: {
        ar: 'سجلت محطات رصد جودة الهواء في {city} مستويات مرتفعة من الجسيمات الدقيقة خلال الأيام الماضية، تجاوزت الحدود التي توصي بها منظمة الصحة العالمية بعدة أضعاف.',
        en: 'Air quality monitoring stations in {city} have recorded high levels of fine particles over the past days, several times the limits recommended by the World Health Organization.',
      },
    },
    {
      headline: {
        ar: 'نفوق أسماك في مجرى مائي قرب {city} يثير مخاوف من التلوث',
        en: 'Dead fish in a waterway near {city} raise fears of pollution',
      },
      lead: {
        ar: 'عثر سكان قرب {city} على كميات كبيرة من الأسماك النافقة في مجرى مائي تستخدمه القرى المجاورة للري، ما أثار مخاوف من تسرب مواد كيميائية من منشآت صناعية قريبة.',
        en: 'Residents near {city} have found large numbers of dead fish in a waterway that nearby villages use for irrigation, raising fears that chemicals have leaked from industrial plants close by.',
      },
    },
    {
      headline: {
        ar: 'خطة لإعادة تدوير النفايات في {city} بعد امتلاء المكبات',
        en: 'A plan to recycle waste in {city} as the landfills fill up',
      },
      lead: {
        ar: 'أعلنت بلدية {city} يوم {weekday} خطة لفرز النفايات وإعادة تدويرها بدءا من الأحياء السكنية الكبرى، بعد أن اقتربت المكبات الحالية من طاقتها القصوى.',
        en: "{city}'s municipality on {weekday} announced a plan to sort and recycle waste, starting with the largest residential districts, after the existing landfills came close to capacity.",
      },
    },
    {
      headline: {
        ar: 'سيول تجتاح مناطق في {country} وتخلف أضرارا واسعة',
        en: 'Floods sweep through parts of {country}, causing widespread damage',
      },
      lead: {
        ar: 'اجتاحت سيول جارفة مناطق عدة في {country} إثر أمطار غزيرة هطلت خلال ساعات قليلة، وغمرت المياه الطرق والمنازل في {city} وضواحيها، وفق ما أفاد الدفاع المدني.',
        en: 'Flash floods swept through several parts of {country} after heavy rain fell within a few hours, and water flooded roads and homes in {city} and its suburbs, the civil defence said.',
      },
    },
  ],
  headings: [
    { ar: 'تحذيرات رسمية', en: 'Official warnings' },
    { ar: 'المناخ يتغير', en: 'A changing climate' },
    { ar: 'خسائر المزارعين', en: "Farmers' losses" },
    { ar: 'مصادر التلوث', en: 'Sources of pollution' },
    { ar: 'حلول ممكنة', en: 'Possible solutions' },
    { ar: 'الطاقة النظيفة', en: 'Clean energy' },
    { ar: 'مسؤولية من؟', en: 'Whose responsibility?' },
    { ar: 'استعدادات للمستقبل', en: 'Preparing for the future' },
  ],
  sentences: [
    {
      ar: 'وقالت هيئة الأرصاد الجوية إن موجة الحر ستستمر حتى نهاية الأسبوع، داعية السكان إلى الإكثار من شرب الماء وتجنب الخروج في ساعات الظهيرة.',
      en: 'The meteorological authority said the heatwave would last until the end of the week and urged residents to drink plenty of water and avoid going out in the middle of the day.',
    },
    {
      ar: 'وشهدت شبكة الكهرباء ضغطا كبيرا بسبب تشغيل أجهزة التكييف، ما أدى إلى انقطاعات متكررة في عدد من الأحياء.',
      en: 'The power grid came under heavy strain from air conditioning, causing repeated outages in several districts.',
    },
    {
      ar: 'ويقول علماء المناخ إن موجات الحر أصبحت أطول وأكثر تواترا في المنطقة، وإن هذا الاتجاه سيتفاقم إذا لم تخفض الانبعاثات.',
      en: 'Climate scientists say heatwaves have become longer and more frequent in the region, and that the trend will worsen unless emissions are cut.',
    },
    {
      ar: 'وتبلغ قدرة المحطة نحو {hundreds} ميغاواط، وتتكون من آلاف الألواح الشمسية المثبتة على مساحة واسعة من الأراضي الصحراوية.',
      en: 'The plant has a capacity of about {hundreds} megawatts and consists of thousands of solar panels spread over a wide stretch of desert.',
    },
    {
      ar: 'وتهدف الحكومة إلى أن تشكل الطاقة المتجددة نحو {share} في المئة من إنتاج الكهرباء بحلول نهاية العقد.',
      en: 'The government aims for renewable energy to make up about {share} percent of electricity generation by the end of the decade.',
    },
    {
      ar: 'وقال مهندس في المحطة إن الألواح تنظف آليا من الغبار والرمال، لأن تراكمها يقلل الإنتاج بشكل ملحوظ.',
      en: 'An engineer at the plant said the panels were cleaned of dust and sand automatically, because any build-up noticeably reduces their output.',
    },
    {
      ar: 'وقال المزارع {man} إنه خسر معظم محصوله من القمح هذا العام، وإنه لا يعرف كيف سيسدد ديونه للتجار.',
      en: 'The farmer {man} said he had lost most of his wheat crop this year and did not know how he would repay his debts to the traders.',
    },
    {
      ar: 'وتطالب جمعيات المزارعين بدعم حكومي لشراء أنظمة الري بالتنقيط، التي توفر كميات كبيرة من المياه مقارنة بالري بالغمر.',
      en: "Farmers' associations are calling for government support to buy drip irrigation systems, which save large amounts of water compared with flood irrigation.",
    },
    {
      ar: 'وتراجعت كميات الأمطار في المنطقة بنحو {share} في المئة مقارنة بالمعدل العام خلال العقود الأخيرة، وفق بيانات رسمية.',
      en: 'Rainfall in the area has fallen by about {share} percent from the long-term average over recent decades, according to official data.',
    },
    {
      ar: 'ويهدد التصحر مساحات واسعة من الأراضي الزراعية، ويدفع سكان الأرياف إلى الهجرة نحو المدن بحثا عن العمل.',
      en: 'Desertification threatens large areas of farmland and is driving people in the countryside to move to the cities in search of work.',
    },
    {
      ar: 'وأوضحت وزارة البيئة أن الحملة ستعتمد على أشجار محلية تتحمل الجفاف، وأن المتطوعين سيتولون ريها ومتابعتها خلال السنوات الأولى.',
      en: 'The environment ministry explained that the campaign would use native trees that withstand drought, and that volunteers would water and look after them in their first years.',
    },
    {
      ar: 'ويرى خبراء أن زراعة الأشجار وحدها لا تكفي، وأن حماية الغطاء النباتي القائم من القطع والرعي الجائر أكثر أهمية.',
      en: 'Experts say planting trees alone is not enough, and that protecting existing vegetation from felling and overgrazing matters more.',
    },
    {
      ar: 'وتعود أسباب التلوث إلى عوادم السيارات القديمة والمولدات الكهربائية الخاصة وحرق النفايات في الهواء الطلق.',
      en: 'The pollution comes from the exhaust of old cars, private electricity generators and the burning of rubbish in the open.',
    },
    {
      ar: 'ونصحت وزارة الصحة المصابين بأمراض الجهاز التنفسي وكبار السن والأطفال بالبقاء في المنازل قدر الإمكان.',
      en: 'The health ministry advised people with respiratory illnesses, older people and children to stay indoors as much as possible.',
    },
    {
      ar: 'وقالت الناشطة البيئية {woman} إن السلطات تعرف مصادر التلوث منذ سنوات، لكنها تتردد في فرض العقوبات على المخالفين.',
      en: 'The environmental campaigner {woman} said the authorities had known the sources of the pollution for years but hesitated to penalise those responsible.',
    },
    {
      ar: 'وأرسلت وزارة البيئة فريقا لأخذ عينات من المياه والأسماك، على أن تعلن نتائج التحاليل خلال أيام.',
      en: 'The environment ministry sent a team to take samples of the water and the fish, and the results of the tests are to be announced within days.',
    },
    {
      ar: 'ونفت إدارة المصنع القريب أي مسؤولية عن الحادث، مؤكدة أنها تعالج مياه الصرف وفق المعايير المعمول بها.',
      en: 'The management of the nearby factory denied any responsibility for the incident, saying it treats its wastewater according to the applicable standards.',
    },
    {
      ar: 'وتنتج {city} يوميا آلاف الأطنان من النفايات المنزلية، لا يعاد تدوير إلا جزء صغير منها.',
      en: '{city} produces thousands of tonnes of household waste every day, only a small part of which is recycled.',
    },
    {
      ar: 'وسيتم توزيع حاويات ملونة على المنازل لفصل البلاستيك والورق والمواد العضوية، مع حملة لتوعية السكان بطريقة الفرز.',
      en: 'Colour-coded bins will be handed out to households to separate plastic, paper and organic waste, along with a campaign to show residents how to sort it.',
    },
    {
      ar: 'ويعمل آلاف الأشخاص في جمع المواد القابلة لإعادة التدوير من الشوارع والمكبات، في ظروف صعبة ومن دون أي حماية اجتماعية.',
      en: 'Thousands of people make a living collecting recyclable materials from the streets and landfills, in harsh conditions and without any social protection.',
    },
    {
      ar: 'وقال الدفاع المدني إن فرقه أنقذت عشرات الأشخاص الذين حاصرتهم المياه، ونقلت عائلات إلى مراكز إيواء مؤقتة.',
      en: 'The civil defence said its teams had rescued dozens of people trapped by the water and moved families to temporary shelters.',
    },
    {
      ar: 'وكشفت السيول عن ضعف شبكات تصريف مياه الأمطار في كثير من الأحياء، وعن البناء في مجاري الأودية.',
      en: 'The floods exposed weak storm drains in many districts, and building in the beds of valleys.',
    },
    {
      ar: 'وأعلنت الحكومة تشكيل لجنة لحصر الأضرار وتعويض المتضررين، وتعهدت بمراجعة مخططات البناء في المناطق المعرضة للفيضانات.',
      en: 'The government announced a committee to assess the damage and compensate those affected, and pledged to review building plans in areas at risk of flooding.',
    },
    {
      ar: 'وتعد المنطقة من أكثر مناطق العالم تعرضا لشح المياه، إذ يقل نصيب الفرد فيها عن خط الفقر المائي.',
      en: 'The region is one of the most water-scarce in the world, with less water per person than the water poverty line.',
    },
    {
      ar: 'ودعت منظمات بيئية إلى إدراج التغير المناخي في المناهج الدراسية، وإشراك الشباب في صنع السياسات البيئية.',
      en: 'Environmental organisations called for climate change to be taught in schools and for young people to be involved in making environmental policy.',
    },
    {
      ar: 'ويقول مسؤولون إن التحول إلى الطاقة النظيفة سيوفر على الدولة مبالغ كبيرة تنفق حاليا على استيراد الوقود.',
      en: 'Officials say the shift to clean energy will save the state large sums now spent on importing fuel.',
    },
    {
      ar: 'وتشير دراسات إلى أن ارتفاع مستوى البحر يهدد المدن الساحلية والأراضي الزراعية المنخفضة في المنطقة خلال العقود المقبلة.',
      en: "Studies indicate that rising sea levels threaten the region's coastal cities and low-lying farmland in the coming decades.",
    },
    {
      ar: 'ورصد متطوعون في محمية قريبة عودة أنواع من الطيور المهاجرة بعد سنوات من الغياب، ويعزون ذلك إلى تحسن منسوب المياه.',
      en: 'Volunteers at a nearby reserve have recorded the return of species of migratory birds after years of absence, which they put down to higher water levels.',
    },
  ],
  topics: [
    { ar: 'البيئة', en: 'Environment' },
    { ar: 'التغير المناخي', en: 'Climate change' },
    { ar: 'الطاقة المتجددة', en: 'Renewable energy' },
    { ar: 'المياه', en: 'Water' },
    { ar: 'الجفاف', en: 'Drought' },
    { ar: 'الطاقة الشمسية', en: 'Solar energy' },
    { ar: 'التلوث', en: 'Pollution' },
    { ar: 'الطقس', en: 'Weather' },
    { ar: 'موجات الحر', en: 'Heatwaves' },
    { ar: 'الفيضانات', en: 'Floods' },
    { ar: 'التصحر', en: 'Desertification' },
    { ar: 'إعادة التدوير', en: 'Recycling' },
    { ar: 'النفايات', en: 'Waste' },
    { ar: 'الري', en: 'Irrigation' },
    { ar: 'التشجير', en: 'Tree planting' },
    { ar: 'جودة الهواء', en: 'Air quality' },
    { ar: 'الأنهار', en: 'Rivers' },
    { ar: 'التنوع البيولوجي', en: 'Biodiversity' },
    { ar: 'المحميات الطبيعية', en: 'Nature reserves' },
    { ar: 'الطيور المهاجرة', en: 'Migratory birds' },
    { ar: 'طاقة الرياح', en: 'Wind power' },
    { ar: 'الكهرباء', en: 'Electricity' },
    { ar: 'السدود', en: 'Dams' },
    { ar: 'البحار', en: 'Seas' },
    { ar: 'الأهوار', en: 'Marshes' },
    { ar: 'الكوارث الطبيعية', en: 'Natural disasters' },
    { ar: 'الانبعاثات', en: 'Emissions' },
    { ar: 'الاستدامة', en: 'Sustainability' },
    { ar: 'الدفاع المدني', en: 'Civil defence' },
  ],
};
