import type { SectionBank } from './types';

export const society: SectionBank = {
  angles: [
    {
      headline: {
        ar: '{city}: آلاف الطلاب يبدؤون عاما دراسيا جديدا وسط نقص في المدارس',
        en: '{city}: thousands of pupils start a new school year amid a shortage of schools',
      },
      lead: {
        ar: 'بدأ آلاف الطلاب في {city} عامهم الدراسي الجديد يوم {weekday}، وسط شكاوى من اكتظاظ الصفوف ونقص المدارس والمعلمين في الأحياء الأكثر كثافة سكانية.',
        en: 'Thousands of pupils in {city} began the new school year on {weekday}, amid complaints of overcrowded classrooms and a shortage of schools and teachers in the most densely populated districts.',
      },
    },
    {
      headline: {
        ar: 'ارتفاع الإيجارات يدفع عائلات في {city} إلى الضواحي',
        en: 'Rising rents push families in {city} out to the suburbs',
      },
      lead: {
        ar: 'تضطر عائلات كثيرة في {city} إلى مغادرة الأحياء التي عاشت فيها لعقود والانتقال إلى الضواحي، بعد ارتفاع الإيجارات بنسبة تتجاوز {share} في المئة خلال عامين.',
        en: 'Many families in {city} are having to leave the districts they have lived in for decades and move to the suburbs, after rents rose by more than {share} percent in two years.',
      },
    },
    {
      headline: {
        ar: 'مبادرة شبابية في {city} لتنظيف الأحياء والحدائق العامة',
        en: 'A youth initiative in {city} cleans up neighbourhoods and public parks',
      },
      lead: {
        ar: 'أطلق شباب متطوعون في {city} مبادرة لتنظيف الأحياء والحدائق العامة وزراعة الأشجار، في حملة انضم إليها خلال أسابيعها الأولى مئات السكان من مختلف الأعمار.',
        en: 'Young volunteers in {city} have launched an initiative to clean up neighbourhoods and public parks and plant trees, a campaign that hundreds of residents of all ages joined in its first weeks.',
      },
    },
    {
      headline: {
        ar: 'زحام خانق في {city} مع بدء أعمال مشروع النقل الجديد',
        en: 'Heavy congestion in {city} as work begins on the new transport project',
      },
      lead: {
        ar: 'يعاني سكان {city} من زحام مروري خانق منذ بدء أعمال مشروع النقل العام الجديد، الذي تقول السلطات إنه سيخفف الازدحام بشكل كبير عند اكتماله خلال ثلاث سنوات.',
        en: 'Residents of {city} have faced heavy traffic congestion since work began on the new public transport project, which the authorities say will greatly ease congestion when it is completed in three years.',
      },
    },
    {
      headline: {
        ar: 'حملة في {country} للتوعية بمخاطر التدخين بين المراهقين',
        en: 'A campaign in {country} warns teenagers of the dangers of smoking',
      },
      lead: {
        ar: 'أطلقت وزارة الصحة {adjF} يوم {weekday} حملة وطنية للتوعية بمخاطر التدخين والسجائر الإلكترونية بين المراهقين، بعد أن أظهر مسح حديث ارتفاع نسبة المدخنين في المدارس.',
        en: 'The {adjEn} health ministry on {weekday} launched a national campaign on the dangers of smoking and electronic cigarettes for teenagers, after a recent survey showed a rise in the share of smokers in schools.',
      },
    },
    {
      headline: {
        ar: 'أسر في {city} تنتظر منذ سنوات تعويضات عن منازلها المهدمة',
        en: 'Families in {city} have waited years for compensation for their demolished homes',
      },
      lead: {
        ar: 'ما زالت عشرات الأسر في {city} تنتظر صرف التعويضات التي وعدت بها عن منازلها التي هدمت لإفساح المجال أمام مشروع طريق جديد، رغم مرور سنوات على إزالتها.',
        en: 'Dozens of families in {city} are still waiting for the compensation they were promised for homes demolished to make way for a new road, years after they were pulled down.',
      },
    },
    {
      headline: {
        ar: 'نساء في {city} يحولن الحرف التقليدية إلى مشاريع مدرة للدخل',
        en: 'Women in {city} turn traditional crafts into businesses that earn an income',
      },
      lead: {
        ar: 'تعمل مجموعة من النساء في {city} على تحويل الحرف التقليدية مثل التطريز والنسيج وصناعة الفخار إلى مشاريع صغيرة تدر دخلا منتظما، بدعم من جمعية أهلية محلية.',
        en: 'A group of women in {city} is turning traditional crafts such as embroidery, weaving and pottery into small businesses that bring in a regular income, with the support of a local charity.',
      },
    },
    {
      headline: {
        ar: 'الحكومة {adjF} ترفع الحد الأدنى للأجور وسط مطالب نقابية بالمزيد',
        en: 'The {adjEn} government raises the minimum wage as unions demand more',
      },
      lead: {
        ar: 'أعلنت الحكومة {adjF} يوم {weekday} رفع الحد الأدنى للأجور في القطاعين العام والخاص بنسبة {pct} في المئة، في خطوة قالت النقابات إنها لا تكفي لمواجهة ارتفاع تكاليف المعيشة.',
        en: 'The {adjEn} government announced on {weekday} that it was raising the minimum wage in the public and private sectors by {pct} percent, a step the unions said was not enough to keep up with the rising cost of living.',
      },
    },
  ],
  headings: [
    { ar: 'معاناة يومية', en: 'Daily hardship' },
    { ar: 'وعود رسمية', en: 'Official promises' },
    { ar: 'أصوات من الشارع', en: 'Voices from the street' },
    { ar: 'أرقام مقلقة', en: 'Worrying figures' },
    { ar: 'حلول مؤقتة', en: 'Stopgap solutions' },
    { ar: 'مبادرات أهلية', en: 'Community initiatives' },
    { ar: 'ما الذي تغير؟', en: 'What has changed?' },
    { ar: 'مطالب السكان', en: 'What residents want' },
  ],
  sentences: [
    {
      ar: 'وقالت {woman}، وهي أم لثلاثة أطفال، إن أبناءها يدرسون في صفوف يتجاوز عدد الطلاب فيها أربعين طالبا، ما يجعل التعلم صعبا.',
      en: '{woman}, a mother of three, said her children study in classes of more than forty pupils, which makes learning difficult.',
    },
    {
      ar: 'وأعلنت وزارة التربية أنها تعمل على بناء مدارس جديدة وتوظيف آلاف المعلمين، لكنها أقرت بأن الحاجة تفوق الإمكانات المتاحة.',
      en: 'The education ministry said it was building new schools and hiring thousands of teachers, but admitted that the need exceeded the resources available.',
    },
    {
      ar: 'ويشكو معلمون من تدني الرواتب وكثرة الأعباء الإدارية، ويقول بعضهم إنهم يضطرون إلى العمل في وظيفة ثانية لتغطية نفقاتهم.',
      en: 'Teachers complain of low pay and heavy paperwork, and some say they have to take a second job to make ends meet.',
    },
    {
      ar: 'وتشير تقديرات منظمات أهلية إلى أن نسبة كبيرة من الأسر تنفق أكثر من نصف دخلها على السكن.',
      en: 'Estimates by civil society organisations suggest that a large share of families spend more than half their income on housing.',
    },
    {
      ar: 'وقال {man}، وهو موظف حكومي، إنه انتقل مع عائلته إلى حي بعيد عن عمله، وإنه يقضي الآن نحو ساعتين يوميا في الطريق.',
      en: '{man}, a civil servant, said he had moved with his family to a district far from his work and now spends about two hours a day on the road.',
    },
    {
      ar: 'وتطالب جمعيات السكان بقانون ينظم العلاقة بين المالكين والمستأجرين ويضع سقفا للزيادات السنوية في الإيجار.',
      en: "Residents' associations are calling for a law to regulate relations between landlords and tenants and to cap annual rent increases.",
    },
    {
      ar: 'ويقول المتطوعون إن المبادرة بدأت بمجموعة صغيرة على وسائل التواصل الاجتماعي، قبل أن تتحول إلى حملة منظمة في أحياء عدة.',
      en: 'The volunteers say the initiative began as a small group on social media before turning into an organised campaign across several neighbourhoods.',
    },
    {
      ar: 'وتبرعت شركات محلية بالأدوات والشتلات، فيما وفرت البلدية شاحنات لنقل النفايات التي جمعها المتطوعون.',
      en: 'Local companies donated tools and saplings, while the municipality provided lorries to take away the rubbish the volunteers collected.',
    },
    {
      ar: 'ويقضي سائقو السيارات ساعات في الطرق الرئيسية خلال أوقات الذروة، فيما تشكو المحال التجارية من تراجع عدد الزبائن بسبب الإغلاقات.',
      en: 'Drivers spend hours on the main roads at rush hour, while shops complain of fewer customers because of the closures.',
    },
    {
      ar: 'وأوضحت هيئة النقل أن المشروع يشمل خطوطا للحافلات السريعة وممرات للمشاة والدراجات، وأنه سينفذ على مراحل للحد من الإزعاج.',
      en: 'The transport authority explained that the project includes rapid bus lines and paths for pedestrians and cyclists, and that it would be carried out in phases to limit disruption.',
    },
    {
      ar: 'وأظهر المسح أن نحو {share} في المئة من طلاب المرحلة الثانوية جربوا التدخين أو السجائر الإلكترونية مرة واحدة على الأقل.',
      en: 'The survey showed that about {share} percent of secondary school pupils had tried cigarettes or electronic cigarettes at least once.',
    },
    {
      ar: 'وتشمل الحملة رسائل توعوية في المدارس ووسائل الإعلام، إضافة إلى تشديد الرقابة على بيع منتجات التبغ للقاصرين.',
      en: 'The campaign includes awareness messages in schools and the media, as well as tighter controls on selling tobacco products to minors.',
    },
    {
      ar: 'وقال مسؤول في البلدية إن ملفات التعويض تنتظر استكمال إجراءات التقييم، وإن صرف المبالغ سيبدأ فور توفر الاعتمادات المالية.',
      en: 'A municipal official said the compensation files were awaiting the completion of valuations, and that payments would begin as soon as the funds were available.',
    },
    {
      ar: 'ويعيش بعض المتضررين منذ سنوات لدى أقاربهم أو في مساكن مؤقتة، ويقولون إنهم تعبوا من الوعود المتكررة.',
      en: 'Some of those affected have lived with relatives or in temporary housing for years and say they are tired of repeated promises.',
    },
    {
      ar: 'وتقول المشاركات في المشروع إن العمل من المنزل يتيح لهن التوفيق بين رعاية الأسرة وكسب دخل مستقل.',
      en: 'The women taking part in the project say working from home lets them combine caring for their families with earning an income of their own.',
    },
    {
      ar: 'وتبيع المجموعة منتجاتها في الأسواق الموسمية وعبر الإنترنت، وبدأت مؤخرا بتلقي طلبات من خارج البلاد.',
      en: 'The group sells its products at seasonal markets and online, and has recently begun receiving orders from abroad.',
    },
    {
      ar: 'وتقول النقابات العمالية إن الزيادة الجديدة لا تعوض تآكل القدرة الشرائية الذي شهدته الأجور خلال السنوات الماضية.',
      en: 'The trade unions say the new increase does not make up for the purchasing power that wages have lost in recent years.',
    },
    {
      ar: 'وحذر أصحاب عمل من أن رفع الأجور قد يدفع بعض الشركات الصغيرة إلى تقليص عدد موظفيها أو العمل بشكل غير رسمي.',
      en: 'Employers warned that raising wages could push some small companies to cut staff or to operate informally.',
    },
    {
      ar: 'ويشكل الشباب دون الثلاثين أكثر من نصف السكان، ويواجه كثير منهم صعوبة في العثور على عمل يناسب مؤهلاتهم.',
      en: 'Young people under thirty make up more than half of the population, and many of them struggle to find work that matches their qualifications.',
    },
    {
      ar: 'وتقدم الجمعية دورات تدريبية في التسويق والمحاسبة، لمساعدة المشاركات على إدارة مشاريعهن بشكل مستدام.',
      en: 'The charity runs training courses in marketing and accounting to help the women run their businesses on a lasting footing.',
    },
    {
      ar: 'وأشار تقرير رسمي إلى ارتفاع نسبة كبار السن في المجتمع، ما يفرض تحديات جديدة على أنظمة الرعاية الصحية والتقاعد.',
      en: 'An official report pointed to a rising share of older people in society, which poses new challenges for the health care and pension systems.',
    },
    {
      ar: 'وقالت الأخصائية الاجتماعية {woman} إن الضغوط الاقتصادية انعكست على العلاقات الأسرية، وإن حالات الطلاق ارتفعت في السنوات الأخيرة.',
      en: 'The social worker {woman} said economic pressures had taken their toll on family relationships and that divorces had risen in recent years.',
    },
    {
      ar: 'وتنظم البلدية في {city} أسواقا شعبية أسبوعية يبيع فيها المزارعون منتجاتهم مباشرة إلى المستهلكين بأسعار أقل.',
      en: 'The municipality in {city} organises weekly markets where farmers sell their produce directly to consumers at lower prices.',
    },
    {
      ar: 'ويعاني ذوو الإعاقة من صعوبة الوصول إلى المباني العامة ووسائل النقل، رغم القوانين التي تلزم بتوفير التسهيلات اللازمة.',
      en: 'People with disabilities struggle to get into public buildings and onto public transport, despite laws requiring the necessary facilities.',
    },
    {
      ar: 'وشارك في الحملة طلاب من المدارس والجامعات، إلى جانب فرق من الكشافة والهلال الأحمر.',
      en: 'School and university students took part in the campaign alongside scout troops and teams from the Red Crescent.',
    },
    {
      ar: 'ويقول سكان الأحياء الشعبية إن الخدمات العامة لا تصلهم بالقدر نفسه الذي تصل به إلى الأحياء الراقية.',
      en: 'People in working-class districts say public services do not reach them to the same extent as they reach the well-off neighbourhoods.',
    },
    {
      ar: 'وتضاعف عدد الأسر المستفيدة من برامج الدعم الاجتماعي خلال العام الماضي، ليصل إلى نحو {hundreds} ألف أسرة.',
      en: 'The number of households receiving social support doubled over the past year to about {hundreds},000.',
    },
    {
      ar: 'ويرى علماء اجتماع أن التحولات السريعة في المدن غيرت أنماط الحياة، وأضعفت الروابط التقليدية بين الجيران.',
      en: 'Sociologists believe the rapid changes in cities have altered ways of life and weakened the traditional bonds between neighbours.',
    },
  ],
  topics: [
    { ar: 'المجتمع', en: 'Society' },
    { ar: 'التعليم', en: 'Education' },
    { ar: 'الشباب', en: 'Youth' },
    { ar: 'المرأة', en: 'Women' },
    { ar: 'السكن', en: 'Housing' },
    { ar: 'النقل', en: 'Transport' },
    { ar: 'الصحة العامة', en: 'Public health' },
    { ar: 'العمل', en: 'Labour' },
    { ar: 'الأسرة', en: 'Family' },
    { ar: 'الفقر', en: 'Poverty' },
    { ar: 'المدارس', en: 'Schools' },
    { ar: 'التطوع', en: 'Volunteering' },
    { ar: 'الإعاقة', en: 'Disability' },
    { ar: 'كبار السن', en: 'Older people' },
    { ar: 'الطفولة', en: 'Childhood' },
    { ar: 'النقابات', en: 'Trade unions' },
    { ar: 'التدخين', en: 'Smoking' },
    { ar: 'البلديات', en: 'Municipalities' },
    { ar: 'المرور', en: 'Traffic' },
    { ar: 'الحماية الاجتماعية', en: 'Social protection' },
    { ar: 'الهجرة', en: 'Migration' },
    { ar: 'الإيجارات', en: 'Rents' },
    { ar: 'الجمعيات الأهلية', en: 'Charities' },
    { ar: 'الرياضة', en: 'Sport' },
    { ar: 'وسائل التواصل الاجتماعي', en: 'Social media' },
    { ar: 'الزواج', en: 'Marriage' },
    { ar: 'الأحياء الشعبية', en: 'Working-class districts' },
    { ar: 'الحرف التقليدية', en: 'Traditional crafts' },
    { ar: 'التقاعد', en: 'Pensions' },
    { ar: 'الصحة النفسية', en: 'Mental health' },
  ],
};
