import type { SectionBank } from './types';

export const culture: SectionBank = {
  angles: [
    {
      headline: {
        ar: 'معرض {city} الدولي للكتاب يفتح أبوابه بمشاركة مئات دور النشر',
        en: 'The {city} International Book Fair opens with hundreds of publishers taking part',
      },
      lead: {
        ar: 'افتتح معرض {city} الدولي للكتاب دورته الجديدة يوم {weekday} بمشاركة مئات دور النشر العربية والأجنبية، وبرنامج ثقافي يضم ندوات وأمسيات شعرية ولقاءات مع كتّاب من أجيال مختلفة.',
        en: 'The {city} International Book Fair opened its new edition on {weekday} with hundreds of Arab and foreign publishers taking part and a cultural programme of seminars, poetry evenings and meetings with writers of different generations.',
      },
    },
    {
      headline: {
        ar: 'مهرجان {city} السينمائي يحتفي بالأفلام العربية المستقلة',
        en: 'The {city} Film Festival celebrates independent Arab cinema',
      },
      lead: {
        ar: 'انطلقت فعاليات مهرجان {city} السينمائي يوم {weekday} بعرض أفلام عربية مستقلة من إنتاج مخرجين شباب، في دورة يقول منظموها إنها تسعى إلى منح مساحة أكبر للتجارب الجديدة.',
        en: 'The {city} Film Festival got under way on {weekday} with screenings of independent Arab films by young directors, in an edition its organisers say aims to give more room to new work.',
      },
    },
    {
      headline: {
        ar: 'ترميم مبنى تاريخي في {city} يعيد إليه الحياة بعد عقود من الإهمال',
        en: 'Restoration brings a historic building in {city} back to life after decades of neglect',
      },
      lead: {
        ar: 'انتهت أعمال ترميم أحد أقدم المباني التاريخية في {city} بعد عامين من العمل المتواصل، ليعود المبنى مركزا ثقافيا مفتوحا للزوار بعد عقود من الإهمال.',
        en: 'Restoration of one of the oldest historic buildings in {city} has been completed after two years of continuous work, and the building has reopened as a cultural centre for visitors after decades of neglect.',
      },
    },
    {
      headline: {
        ar: 'الروائية {woman} تفوز بجائزة أدبية عربية عن روايتها الجديدة',
        en: 'The novelist {woman} wins an Arab literary prize for her new novel',
      },
      lead: {
        ar: 'فازت الروائية {woman} بجائزة أدبية عربية مرموقة عن روايتها الأخيرة التي تتناول حياة ثلاثة أجيال من عائلة واحدة في {city}، بحسب ما أعلنت لجنة التحكيم مساء {weekday}.',
        en: 'The novelist {woman} has won a prestigious Arab literary prize for her latest novel, which follows three generations of one family in {city}, the jury announced on {weekday} evening.',
      },
    },
    {
      headline: {
        ar: 'متحف جديد في {city} يعرض قطعا أثرية تروي تاريخ المنطقة',
        en: "A new museum in {city} displays artefacts that tell the region's history",
      },
      lead: {
        ar: 'فتح متحف جديد أبوابه أمام الجمهور في {city} يوم {weekday}، ويضم آلاف القطع الأثرية التي تروي تاريخ المنطقة منذ العصور القديمة حتى العصر الحديث.',
        en: 'A new museum opened to the public in {city} on {weekday}, holding thousands of artefacts that tell the story of the region from antiquity to modern times.',
      },
    },
    {
      headline: {
        ar: 'فرقة مسرحية شابة في {city} تعيد تقديم نصوص كلاسيكية بلغة معاصرة',
        en: 'A young theatre company in {city} restages classic texts in a contemporary idiom',
      },
      lead: {
        ar: 'تقدم فرقة مسرحية شابة في {city} عروضا تعيد قراءة نصوص كلاسيكية من المسرح العربي والعالمي بلغة معاصرة، وتستقطب جمهورا متزايدا من طلاب الجامعات.',
        en: 'A young theatre company in {city} is staging performances that reread classic texts of Arab and world theatre in a contemporary idiom, and drawing a growing audience of university students.',
      },
    },
    {
      headline: {
        ar: 'مشروع لرقمنة المخطوطات النادرة في {country}',
        en: 'A project to digitise rare manuscripts in {country}',
      },
      lead: {
        ar: 'أطلقت وزارة الثقافة {adjF} مشروعا لرقمنة آلاف المخطوطات النادرة المحفوظة في المكتبات العامة والخاصة، وإتاحتها للباحثين عبر منصة إلكترونية مجانية.',
        en: 'The {adjEn} culture ministry has launched a project to digitise thousands of rare manuscripts held in public and private libraries and to make them available to researchers free of charge on an online platform.',
      },
    },
    {
      headline: {
        ar: 'حفل موسيقي في {city} يجمع التراث والأنماط الحديثة',
        en: 'A concert in {city} brings together heritage and modern styles',
      },
      lead: {
        ar: 'أحيت فرقة موسيقية حفلا في {city} مساء {weekday} مزجت فيه ألحانا تراثية بأنماط موسيقية حديثة، أمام جمهور ملأ المسرح وتفاعل مع الأغاني التي قدمت بتوزيعات جديدة.',
        en: 'A band gave a concert in {city} on {weekday} evening that blended traditional melodies with modern styles, before a full house that joined in with the songs in their new arrangements.',
      },
    },
  ],
  headings: [
    { ar: 'برنامج حافل', en: 'A packed programme' },
    { ar: 'تحديات النشر', en: 'The challenges of publishing' },
    { ar: 'ذاكرة المكان', en: 'The memory of the place' },
    { ar: 'جمهور جديد', en: 'A new audience' },
    { ar: 'بين التراث والحداثة', en: 'Between heritage and modernity' },
    { ar: 'دعم غائب', en: 'Missing support' },
    { ar: 'خلف الكواليس', en: 'Behind the scenes' },
    { ar: 'آراء النقاد', en: 'What the critics say' },
  ],
  sentences: [
    {
      ar: 'وقالت مديرة المعرض {woman} إن هذه الدورة تشهد مشاركة أوسع من الناشرين الشباب، وإن برنامجها يركز على أدب الأطفال والترجمة.',
      en: "The fair's director, {woman}, said this edition had wider participation from young publishers and that its programme focused on children's literature and translation.",
    },
    {
      ar: 'ويشكو ناشرون من ارتفاع أسعار الورق وتكاليف الطباعة، ما انعكس على أسعار الكتب وعلى قدرة القراء على الشراء.',
      en: "Publishers complain of rising paper prices and printing costs, which have pushed up book prices and limited readers' ability to buy.",
    },
    {
      ar: 'وشهدت أجنحة الكتب الفكرية والروايات المترجمة إقبالا لافتا من الزوار، خاصة من فئة الشباب.',
      en: 'The stands for books of ideas and translated novels drew notable crowds of visitors, especially young people.',
    },
    {
      ar: 'ويرى الناقد {man} أن الرواية العربية تعيش مرحلة ازدهار، لكنها ما زالت تحتاج إلى حركة نقدية مواكبة وإلى مزيد من الترجمة إلى اللغات الأخرى.',
      en: 'The critic {man} believes the Arabic novel is enjoying a boom but still needs criticism that keeps pace with it, and more translation into other languages.',
    },
    {
      ar: 'واستغرقت أعمال الترميم أكثر من عامين، واعتمدت على مواد تقليدية وحرفيين محليين للحفاظ على الطابع الأصلي للمبنى.',
      en: "The restoration took more than two years and relied on traditional materials and local craftsmen to preserve the building's original character.",
    },
    {
      ar: 'وأوضح المهندس المشرف على المشروع أن الفريق وثق كل تفاصيل المبنى بالصور والرسوم قبل البدء بالعمل، وأن بعض الزخارف أعيدت يدويا.',
      en: 'The engineer supervising the project explained that the team had documented every detail of the building in photographs and drawings before starting work, and that some of the decoration had been restored by hand.',
    },
    {
      ar: 'ويضم المتحف قاعات للعرض الدائم وأخرى للمعارض المؤقتة، إضافة إلى مكتبة ومختبر للترميم وقاعة للأنشطة التعليمية.',
      en: 'The museum has halls for its permanent collection and others for temporary exhibitions, as well as a library, a conservation laboratory and a room for educational activities.',
    },
    {
      ar: 'وتعرض القاعة الرئيسية مجموعة من القطع النادرة التي عثر عليها خلال حفريات أجريت في محيط {city} على مدى عقود.',
      en: 'The main hall displays a collection of rare pieces found during excavations carried out around {city} over several decades.',
    },
    {
      ar: 'وقالت الفنانة التشكيلية {woman} إن المعرض محاولة لاستعادة ذاكرة المدينة من خلال الصور القديمة والوثائق والأعمال الفنية المعاصرة.',
      en: "The painter {woman} said the exhibition was an attempt to recover the city's memory through old photographs, documents and contemporary works of art.",
    },
    {
      ar: 'ويتنافس في المسابقة الرسمية للمهرجان عدد من الأفلام الروائية والوثائقية، إلى جانب برنامج خاص بالأفلام القصيرة.',
      en: "A number of feature and documentary films are competing in the festival's official competition, alongside a special programme of short films.",
    },
    {
      ar: 'وقال المخرج {man} إن فيلمه صوّر في ظروف صعبة وبميزانية محدودة، وإن دعم المهرجانات العربية أصبح ضروريا لاستمرار السينما المستقلة.',
      en: 'The director {man} said his film had been shot in difficult conditions on a limited budget, and that the support of Arab festivals had become essential for independent cinema to survive.',
    },
    {
      ar: 'وتواجه دور العرض في المدن الصغيرة خطر الإغلاق بسبب ضعف الإقبال ومنافسة المنصات الرقمية.',
      en: 'Cinemas in smaller towns face closure because of low attendance and competition from streaming platforms.',
    },
    {
      ar: 'وتتناول الرواية الفائزة تحولات المجتمع خلال نصف قرن، بلغة وصفتها لجنة التحكيم بأنها مكثفة وقريبة من الشعر.',
      en: 'The winning novel deals with the changes in society over half a century, in language the jury described as dense and close to poetry.',
    },
    {
      ar: 'وتبلغ قيمة الجائزة خمسين ألف دولار، إضافة إلى ترجمة الرواية الفائزة إلى اللغة الإنجليزية.',
      en: 'The prize is worth fifty thousand dollars, and the winning novel will also be translated into English.',
    },
    {
      ar: 'ويعمل على المشروع فريق من المتخصصين في المخطوطات والحفظ، يستخدم أجهزة مسح عالية الدقة لا تلحق ضررا بالأوراق القديمة.',
      en: 'A team of manuscript and conservation specialists is working on the project, using high-resolution scanners that do no harm to the old pages.',
    },
    {
      ar: 'وتعود أقدم المخطوطات في المجموعة إلى أكثر من ثمانية قرون، وتتناول موضوعات في الفقه والفلك والطب واللغة.',
      en: 'The oldest manuscripts in the collection are more than eight centuries old and cover jurisprudence, astronomy, medicine and language.',
    },
    {
      ar: 'ويأمل القائمون على المشروع أن تسهم المنصة في إحياء الاهتمام بالتراث المكتوب، وأن تفتح الباب أمام دراسات جديدة.',
      en: 'Those behind the project hope the platform will help revive interest in the written heritage and open the way to new research.',
    },
    {
      ar: 'وقدمت الفرقة خلال الحفل مقطوعات من التراث الشعبي بتوزيع جديد يجمع العود والقانون مع آلات إلكترونية.',
      en: 'During the concert the band played pieces from the folk heritage in new arrangements that combine the oud and the qanun with electronic instruments.',
    },
    {
      ar: 'وقال أحد أعضاء الفرقة إن الهدف هو تقريب الموسيقى التراثية من الأجيال الجديدة من دون أن تفقد روحها.',
      en: "One of the band's members said the aim was to bring traditional music closer to new generations without it losing its spirit.",
    },
    {
      ar: 'وتعاني المسارح العامة من نقص الدعم الحكومي، ما يدفع كثيرا من الفرق إلى الاعتماد على التمويل الذاتي أو المنح الأجنبية.',
      en: 'Public theatres suffer from a lack of government support, which forces many companies to rely on their own funds or on foreign grants.',
    },
    {
      ar: 'وشهدت العروض حضورا كثيفا، واضطر المنظمون إلى إضافة عروض جديدة بعد نفاد التذاكر في الأيام الأولى.',
      en: 'The performances were packed, and the organisers had to add new shows after tickets sold out in the first days.',
    },
    {
      ar: 'ويقول باحثون إن الحفاظ على المباني التاريخية لا يقتصر على ترميمها، بل يتطلب إعادة دمجها في حياة السكان اليومية.',
      en: "Researchers say preserving historic buildings is not just a matter of restoring them but of bringing them back into residents' daily lives.",
    },
    {
      ar: 'وتحيي الأنشطة الثقافية المصاحبة ذكرى عدد من الأدباء والفنانين الذين رحلوا خلال العام، بمشاركة عائلاتهم وأصدقائهم.',
      en: 'The accompanying cultural events commemorate a number of writers and artists who died during the year, with their families and friends taking part.',
    },
    {
      ar: 'وأكدت وزارة الثقافة أنها ستخصص جزءا من ميزانيتها لدعم الترجمة ونشر أعمال الكتاب الشباب.',
      en: 'The culture ministry said it would set aside part of its budget to support translation and the publication of works by young writers.',
    },
    {
      ar: 'ويضم البرنامج ورشات للكتابة الإبداعية والخط العربي والرسم موجهة إلى الأطفال واليافعين.',
      en: 'The programme includes workshops in creative writing, Arabic calligraphy and drawing for children and teenagers.',
    },
    {
      ar: 'وكان المبنى قد استخدم في العقود الماضية مستودعا ثم مدرسة، قبل أن يهجر ويتعرض لأضرار كبيرة بفعل الأمطار والإهمال.',
      en: 'In past decades the building was used as a warehouse and then as a school, before it was abandoned and badly damaged by rain and neglect.',
    },
    {
      ar: 'وقال {man}، وهو زائر من {city}، إنه حرص على اصطحاب أبنائه ليتعرفوا إلى تاريخ بلادهم بطريقة مختلفة عن الكتب المدرسية.',
      en: "{man}, a visitor from {city}, said he had made a point of bringing his children so they could learn about their country's history in a different way from school textbooks.",
    },
    {
      ar: 'ويرى مثقفون أن الفعاليات الثقافية الكبرى تبقى محصورة في العواصم، داعين إلى نقلها إلى المدن الصغيرة والأرياف.',
      en: 'Intellectuals argue that the major cultural events remain confined to the capitals, and call for them to be taken to smaller towns and the countryside.',
    },
  ],
  topics: [
    { ar: 'الثقافة', en: 'Culture' },
    { ar: 'الأدب', en: 'Literature' },
    { ar: 'التراث', en: 'Heritage' },
    { ar: 'السينما', en: 'Cinema' },
    { ar: 'معارض الكتاب', en: 'Book fairs' },
    { ar: 'المتاحف', en: 'Museums' },
    { ar: 'الموسيقى', en: 'Music' },
    { ar: 'المسرح', en: 'Theatre' },
    { ar: 'الرواية', en: 'Fiction' },
    { ar: 'الشعر', en: 'Poetry' },
    { ar: 'الآثار', en: 'Archaeology' },
    { ar: 'الجوائز الأدبية', en: 'Literary prizes' },
    { ar: 'المخطوطات', en: 'Manuscripts' },
    { ar: 'الفن التشكيلي', en: 'Visual arts' },
    { ar: 'الترجمة', en: 'Translation' },
    { ar: 'الخط العربي', en: 'Arabic calligraphy' },
    { ar: 'المهرجانات', en: 'Festivals' },
    { ar: 'يونسكو', en: 'UNESCO' },
    { ar: 'النشر', en: 'Publishing' },
    { ar: 'التصوير الفوتوغرافي', en: 'Photography' },
    { ar: 'العمارة', en: 'Architecture' },
    { ar: 'الحرف اليدوية', en: 'Handicrafts' },
    { ar: 'أدب الأطفال', en: "Children's literature" },
    { ar: 'اللغة العربية', en: 'Arabic language' },
    { ar: 'الدراما التلفزيونية', en: 'Television drama' },
    { ar: 'المكتبات', en: 'Libraries' },
    { ar: 'الرقص الشعبي', en: 'Folk dance' },
    { ar: 'الأفلام الوثائقية', en: 'Documentaries' },
    { ar: 'الغناء', en: 'Singing' },
    { ar: 'الذاكرة الجماعية', en: 'Collective memory' },
    { ar: 'المدن القديمة', en: 'Old cities' },
    { ar: 'ترميم المباني', en: 'Building restoration' },
  ],
};
