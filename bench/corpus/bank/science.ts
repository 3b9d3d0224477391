import type { SectionBank } from './types';

export const science: SectionBank = {
  angles: [
    {
      headline: {
        ar: 'باحثون في {city} يطورون تقنية لتحلية المياه بكلفة أقل',
        en: 'Researchers in {city} develop a cheaper way to desalinate water',
      },
      lead: {
        ar: 'طور فريق من الباحثين في إحدى جامعات {city} تقنية جديدة لتحلية المياه تستهلك طاقة أقل من الطرق التقليدية، ويقولون إنها قد تخفض كلفة إنتاج المياه العذبة بنحو {share} في المئة.',
        en: 'A team of researchers at a university in {city} has developed a new desalination technique that uses less energy than conventional methods, and they say it could cut the cost of producing fresh water by about {share} percent.',
      },
    },
    {
      headline: {
        ar: 'قمر صناعي {adjM} جديد لرصد الأرض يبدأ إرسال صوره الأولى',
        en: 'A new {adjEn} Earth observation satellite begins sending its first images',
      },
      lead: {
        ar: 'بدأ قمر صناعي {adjM} جديد مخصص لرصد الأرض إرسال صوره الأولى إلى محطة التحكم الأرضية يوم {weekday}، بعد أيام من إطلاقه إلى مداره على متن صاروخ من محطة إطلاق دولية.',
        en: 'A new {adjEn} Earth observation satellite began sending its first images to the ground control station on {weekday}, days after it was launched into orbit on a rocket from an international launch site.',
      },
    },
    {
      headline: {
        ar: 'دراسة: ارتفاع درجات الحرارة يهدد صحة العاملين في الهواء الطلق',
        en: 'Study: rising temperatures threaten the health of people who work outdoors',
      },
      lead: {
        ar: 'حذرت دراسة علمية حديثة شارك فيها باحثون من {country} من أن ارتفاع درجات الحرارة في فصل الصيف يعرض العاملين في الهواء الطلق لمخاطر صحية متزايدة، من الإجهاد الحراري إلى أمراض الكلى.',
        en: 'A recent scientific study involving researchers from {country} has warned that rising summer temperatures expose people who work outdoors to growing health risks, from heat stress to kidney disease.',
      },
    },
    {
      headline: {
        ar: 'مستشفى في {city} يجري أول عملية جراحية بمساعدة الروبوت',
        en: 'A hospital in {city} carries out its first robot-assisted operation',
      },
      lead: {
        ar: 'أجرى فريق طبي في أحد مستشفيات {city} أول عملية جراحية بمساعدة الروبوت في المستشفى، واستغرقت العملية نحو ثلاث ساعات وتكللت بالنجاح، وفق ما أعلنت إدارته يوم {weekday}.',
        en: "A medical team at a hospital in {city} has carried out the hospital's first robot-assisted operation, which took about three hours and was a success, its management announced on {weekday}.",
      },
    },
    {
      headline: {
        ar: 'جامعة في {city} تفتتح مركزا لأبحاث الذكاء الاصطناعي',
        en: 'A university in {city} opens an artificial intelligence research centre',
      },
      lead: {
        ar: 'افتتحت إحدى الجامعات في {city} يوم {weekday} مركزا متخصصا في أبحاث الذكاء الاصطناعي وتطبيقاته في الصحة والزراعة والتعليم، بتمويل مشترك من الحكومة وشركات تقنية محلية.',
        en: 'A university in {city} on {weekday} opened a centre for research into artificial intelligence and its uses in health, farming and education, funded jointly by the government and local technology companies.',
      },
    },
    {
      headline: {
        ar: 'علماء فلك يرصدون زخة شهب في سماء {country}',
        en: 'Astronomers watch a meteor shower in the skies over {country}',
      },
      lead: {
        ar: 'تابع هواة الفلك وعلماء من الجمعية الفلكية في {country} زخة شهب لافتة في سماء صافية بعيدا عن أضواء المدن، ووثقوا مئات الشهب خلال ساعات قليلة.',
        en: 'Amateur astronomers and scientists from the astronomical society in {country} watched a striking meteor shower in clear skies far from city lights, recording hundreds of meteors within a few hours.',
      },
    },
    {
      headline: {
        ar: 'لقاح محلي الصنع يدخل مرحلة التجارب السريرية في {country}',
        en: 'A locally made vaccine enters clinical trials in {country}',
      },
      lead: {
        ar: 'أعلنت وزارة الصحة {adjF} يوم {weekday} أن لقاحا طورته شركة أدوية محلية دخل مرحلة التجارب السريرية على متطوعين، بعد نتائج وصفتها بالمشجعة في المراحل المخبرية.',
        en: 'The {adjEn} health ministry announced on {weekday} that a vaccine developed by a local drug company had entered clinical trials on volunteers, after what it called encouraging results in the laboratory stages.',
      },
    },
    {
      headline: {
        ar: 'طلاب من {city} يفوزون بجائزة دولية في الروبوتات',
        en: 'Pupils from {city} win an international robotics award',
      },
      lead: {
        ar: 'فاز فريق من طلاب المدارس الثانوية في {city} بجائزة في مسابقة دولية للروبوتات، بعد أن صمموا روبوتا قادرا على فرز النفايات وإعادة تدويرها بشكل آلي.',
        en: 'A team of secondary school pupils from {city} has won an award at an international robotics competition for a robot they designed that sorts waste for recycling automatically.',
      },
    },
  ],
  headings: [
    { ar: 'كيف تعمل التقنية؟', en: 'How does the technique work?' },
    { ar: 'نتائج أولية', en: 'Early results' },
    { ar: 'تمويل محدود', en: 'Limited funding' },
    { ar: 'الخطوة التالية', en: 'The next step' },
    { ar: 'عقول مهاجرة', en: 'Minds that leave' },
    { ar: 'من المختبر إلى السوق', en: 'From the lab to the market' },
    { ar: 'أرقام ودلالات', en: 'Figures and what they mean' },
    { ar: 'تحفظات الخبراء', en: "Experts' reservations" },
  ],
  sentences: [
    {
      ar: 'وقال رئيس الفريق البحثي {man} إن التجارب المخبرية أظهرت نتائج مشجعة، لكن تطبيق التقنية على نطاق واسع يحتاج إلى مزيد من الاختبارات.',
      en: 'The head of the research team, {man}, said laboratory tests had shown encouraging results, but that using the technique on a large scale would need further testing.',
    },
    {
      ar: 'ونشرت نتائج الدراسة في مجلة علمية محكمة، بعد مراجعتها من قبل باحثين مستقلين.',
      en: 'The results of the study were published in a peer-reviewed scientific journal after being reviewed by independent researchers.',
    },
    {
      ar: 'ويعتمد المشروع على أجهزة استشعار منخفضة الكلفة تجمع البيانات كل بضع دقائق، وترسلها إلى خوادم تحللها باستخدام خوارزميات التعلم الآلي.',
      en: 'The project relies on low-cost sensors that collect data every few minutes and send it to servers that analyse it with machine-learning algorithms.',
    },
    {
      ar: 'وتنفق الدول العربية مجتمعة أقل من واحد في المئة من ناتجها المحلي على البحث العلمي، وهي نسبة أدنى بكثير من المتوسط العالمي.',
      en: 'Arab countries together spend less than one percent of their national output on scientific research, a share well below the world average.',
    },
    {
      ar: 'وقالت الباحثة {woman} إن كثيرا من العلماء الشباب يضطرون إلى الهجرة بسبب ضعف التمويل وقلة المختبرات المجهزة.',
      en: 'The researcher {woman} said many young scientists were forced to emigrate because of poor funding and the shortage of equipped laboratories.',
    },
    {
      ar: 'ويشارك في المشروع باحثون من جامعات عربية وأوروبية، ضمن برنامج تعاون يمتد خمس سنوات.',
      en: 'Researchers from Arab and European universities are taking part in the project under a five-year cooperation programme.',
    },
    {
      ar: 'وسيوفر القمر الصناعي صورا عالية الدقة تستخدم في التخطيط العمراني ومراقبة المحاصيل الزراعية ورصد التغيرات في السواحل.',
      en: 'The satellite will provide high-resolution images for urban planning, crop monitoring and tracking changes along the coast.',
    },
    {
      ar: 'وأوضح مدير وكالة الفضاء أن فريقا من المهندسين المحليين شارك في تصميم القمر واختباره، وأن الهدف هو نقل المعرفة وبناء قدرات وطنية.',
      en: 'The director of the space agency explained that a team of local engineers had helped design and test the satellite, and that the aim was to transfer knowledge and build national capabilities.',
    },
    {
      ar: 'وتشير البيانات إلى أن متوسط درجات الحرارة في المنطقة ارتفع بوتيرة تفوق المتوسط العالمي خلال العقود الثلاثة الماضية.',
      en: 'The data show that average temperatures in the region have risen faster than the world average over the past three decades.',
    },
    {
      ar: 'وأوصت الدراسة بتعديل ساعات العمل في فصل الصيف، وتوفير أماكن مظللة ومياه الشرب للعاملين في مواقع البناء والزراعة.',
      en: 'The study recommended changing working hours in summer and providing shade and drinking water for people working on building sites and farms.',
    },
    {
      ar: 'وقال الطبيب المشرف على العملية إن الجراحة بمساعدة الروبوت تتيح دقة أعلى وتقلل فترة بقاء المريض في المستشفى.',
      en: "The doctor who led the operation said robot-assisted surgery allowed greater precision and shortened the patient's stay in hospital.",
    },
    {
      ar: 'وتلقى عدد من الأطباء والممرضين تدريبا متخصصا في الخارج على استخدام النظام الجديد قبل تشغيله.',
      en: 'A number of doctors and nurses received specialist training abroad on the new system before it was brought into service.',
    },
    {
      ar: 'ويخطط المستشفى لإجراء عشرات العمليات المماثلة خلال الأشهر المقبلة، في تخصصات المسالك البولية وجراحة البطن.',
      en: 'The hospital plans to carry out dozens of similar operations in the coming months in urology and abdominal surgery.',
    },
    {
      ar: 'ويعمل المركز الجديد على تطوير نماذج لغوية تفهم اللهجات العربية المختلفة، وهي مهمة يقول الباحثون إنها ما زالت صعبة على الأنظمة الحالية.',
      en: 'The new centre is working on language models that understand the different Arabic dialects, a task researchers say is still hard for current systems.',
    },
    {
      ar: 'وحذر خبراء من أن التوسع في استخدام الذكاء الاصطناعي يحتاج إلى تشريعات تحمي خصوصية البيانات وتحدد المسؤولية عن الأخطاء.',
      en: 'Experts warned that the wider use of artificial intelligence needs legislation that protects the privacy of data and sets out who is responsible for mistakes.',
    },
    {
      ar: 'وتعد المنطقة من أفضل أماكن رصد السماء في العالم، بفضل صفاء الجو وانخفاض التلوث الضوئي.',
      en: 'The area is one of the best places in the world for observing the sky, thanks to its clear air and low light pollution.',
    },
    {
      ar: 'ودعا علماء الفلك إلى حماية المواقع المظلمة من التوسع العمراني والإنارة المفرطة، مقترحين تحويل بعضها إلى محميات للسماء.',
      en: 'Astronomers called for dark sites to be protected from urban sprawl and excessive lighting, proposing that some be turned into dark-sky reserves.',
    },
    {
      ar: 'وقالت وزارة الصحة إن المرحلة الأولى من التجارب ستشمل {hundreds} متطوع، وستركز على سلامة اللقاح وقدرته على تحفيز المناعة.',
      en: "The health ministry said the first phase of the trials would involve {hundreds} volunteers and would focus on the vaccine's safety and its ability to stimulate immunity.",
    },
    {
      ar: 'وتأمل الشركة المنتجة أن يسهم اللقاح في خفض الاعتماد على الاستيراد، وأن يفتح الباب أمام تصديره إلى دول المنطقة.',
      en: 'The manufacturer hopes the vaccine will help reduce dependence on imports and open the way to exporting it to countries in the region.',
    },
    {
      ar: 'وصمم الطلاب الروبوت خلال ستة أشهر من العمل بعد الدوام المدرسي، مستعينين بقطع متوفرة في الأسواق المحلية.',
      en: 'The pupils designed the robot over six months of work after school hours, using parts available in local markets.',
    },
    {
      ar: 'وقال معلم الفيزياء الذي أشرف على الفريق إن المسابقة أثبتت أن الطلاب قادرون على المنافسة عالميا إذا توفرت لهم الأدوات.',
      en: 'The physics teacher who supervised the team said the competition had shown that the pupils could compete with the world if they were given the tools.',
    },
    {
      ar: 'وتتزايد أعداد الطالبات في تخصصات العلوم والهندسة في الجامعات العربية، وتتجاوز في بعض الدول أعداد الطلاب الذكور.',
      en: 'The number of women studying science and engineering at Arab universities is growing, and in some countries it exceeds the number of men.',
    },
    {
      ar: 'ويقول الباحثون إن التقنية يمكن أن تستخدم في القرى النائية التي لا تصلها شبكات المياه، بالاعتماد على الطاقة الشمسية.',
      en: 'The researchers say the technique could be used in remote villages that water networks do not reach, running on solar power.',
    },
    {
      ar: 'وحصل المشروع على براءة اختراع محلية، ويسعى الفريق إلى تسجيلها دوليا والبحث عن شريك صناعي لإنتاجها.',
      en: 'The project has been granted a local patent, and the team is seeking to register it internationally and to find an industrial partner to produce it.',
    },
    {
      ar: 'وأعلنت الجامعة عن منح دراسية لطلاب الدراسات العليا في مجالات علوم البيانات والطاقة المتجددة والتقنيات الحيوية.',
      en: 'The university announced scholarships for postgraduate students in data science, renewable energy and biotechnology.',
    },
    {
      ar: 'وأشار التقرير إلى أن عدد الأبحاث العلمية المنشورة من المنطقة تضاعف خلال العقد الماضي، وإن بقي أثرها محدودا.',
      en: 'The report noted that the number of scientific papers published from the region had doubled over the past decade, though their impact remained limited.',
    },
    {
      ar: 'ويحتاج المشروع إلى تمويل إضافي يقدر بنحو {hundreds} ألف دولار للانتقال من النموذج الأولي إلى الإنتاج.',
      en: 'The project needs further funding of about ${hundreds},000 to move from prototype to production.',
    },
    {
      ar: 'ويرى مختصون أن ربط الجامعات بالصناعة هو الطريق الأقصر لتحويل الأبحاث إلى منتجات تخدم المجتمع.',
      en: 'Specialists believe that linking universities with industry is the shortest route to turning research into products that serve society.',
    },
  ],
  topics: [
    { ar: 'العلوم', en: 'Science' },
    { ar: 'البحث العلمي', en: 'Scientific research' },
    { ar: 'الصحة', en: 'Health' },
    { ar: 'الفضاء', en: 'Space' },
    { ar: 'الذكاء الاصطناعي', en: 'Artificial intelligence' },
    { ar: 'الجامعات', en: 'Universities' },
    { ar: 'التكنولوجيا', en: 'Technology' },
    { ar: 'الطب', en: 'Medicine' },
    { ar: 'الفلك', en: 'Astronomy' },
    { ar: 'اللقاحات', en: 'Vaccines' },
    { ar: 'الروبوتات', en: 'Robotics' },
    { ar: 'تحلية المياه', en: 'Desalination' },
    { ar: 'الأقمار الصناعية', en: 'Satellites' },
    { ar: 'التعليم العالي', en: 'Higher education' },
    { ar: 'الابتكار', en: 'Innovation' },
    { ar: 'البيانات', en: 'Data' },
    { ar: 'الأمن السيبراني', en: 'Cybersecurity' },
    { ar: 'الإنترنت', en: 'Internet' },
    { ar: 'الهواتف الذكية', en: 'Smartphones' },
    { ar: 'علم الوراثة', en: 'Genetics' },
    { ar: 'الأوبئة', en: 'Epidemics' },
    { ar: 'المستشفيات', en: 'Hospitals' },
    { ar: 'هجرة العقول', en: 'Brain drain' },
    { ar: 'براءات الاختراع', en: 'Patents' },
    { ar: 'علوم البيانات', en: 'Data science' },
    { ar: 'التقنيات الحيوية', en: 'Biotechnology' },
    { ar: 'المريخ', en: 'Mars' },
    { ar: 'الفيزياء', en: 'Physics' },
    { ar: 'الرياضيات', en: 'Mathematics' },
    { ar: 'الشهب', en: 'Meteors' },
  ],
};
