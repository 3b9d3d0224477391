import type { Pair } from './bank/types';

export interface Country {
  /** As it stands in a sentence ("the UAE"). */
  name: Pair;
  /** As a tag names it ("UAE"). */
  tag: Pair;
  /** The country's adjective with the article: Arabic masculine, Arabic feminine, English. */
  adjM: string;
  adjF: string;
  adjEn: string;
  /** The national news agency, named among a story's sources. */
  agency: Pair;
  cities: Pair[];
}

const country = (
  name: Pair,
  [adjM, adjF, adjEn]: [string, string, string],
  agency: Pair,
  cities: Pair[],
): Country => ({
  name,
  tag: { ar: name.ar, en: name.en.replace(/^the /, '') },
  adjM,
  adjF,
  adjEn,
  agency,
  cities,
});

/** Ordered by how often an Arab news archive names them; cities likewise within a country. */
export const countries: Country[] = [
  country(
    { ar: 'مصر', en: 'Egypt' },
    ['المصري', 'المصرية', 'Egyptian'],
    { ar: 'وكالة أنباء الشرق الأوسط', en: 'Middle East News Agency' },
    [
      { ar: 'القاهرة', en: 'Cairo' },
      { ar: 'الإسكندرية', en: 'Alexandria' },
      { ar: 'أسوان', en: 'Aswan' },
      { ar: 'الأقصر', en: 'Luxor' },
      { ar: 'بورسعيد', en: 'Port Said' },
      { ar: 'المنصورة', en: 'Mansoura' },
      { ar: 'طنطا', en: 'Tanta' },
      { ar: 'الزقازيق', en: 'Zagazig' },
      { ar: 'أسيوط', en: 'Asyut' },
      { ar: 'سوهاج', en: 'Sohag' },
      { ar: 'الإسماعيلية', en: 'Ismailia' },
      { ar: 'دمياط', en: 'Damietta' },
    ],
  ),
  country(
    { ar: 'العراق', en: 'Iraq' },
    ['العراقي', 'العراقية', 'Iraqi'],
    { ar: 'وكالة الأنباء العراقية', en: 'Iraqi News Agency' },
    [
      { ar: 'بغداد', en: 'Baghdad' },
      { ar: 'البصرة', en: 'Basra' },
      { ar: 'الموصل', en: 'Mosul' },
      { ar: 'أربيل', en: 'Erbil' },
      { ar: 'النجف', en: 'Najaf' },
      { ar: 'كربلاء', en: 'Karbala' },
      { ar: 'كركوك', en: 'Kirkuk' },
      { ar: 'السليمانية', en: 'Sulaymaniyah' },
      { ar: 'الحلة', en: 'Hilla' },
      { ar: 'الناصرية', en: 'Nasiriyah' },
      { ar: 'الرمادي', en: 'Ramadi' },
    ],
  ),
  country(
    { ar: 'السعودية', en: 'Saudi Arabia' },
    ['السعودي', 'السعودية', 'Saudi'],
    { ar: 'وكالة الأنباء السعودية (واس)', en: 'Saudi Press Agency (SPA)' },
    [
      { ar: 'الرياض', en: 'Riyadh' },
      { ar: 'جدة', en: 'Jeddah' },
      { ar: 'الدمام', en: 'Dammam' },
      { ar: 'المدينة المنورة', en: 'Medina' },
      { ar: 'أبها', en: 'Abha' },
      { ar: 'مكة المكرمة', en: 'Mecca' },
      { ar: 'تبوك', en: 'Tabuk' },
      { ar: 'الطائف', en: 'Taif' },
      { ar: 'حائل', en: 'Hail' },
      { ar: 'جازان', en: 'Jazan' },
    ],
  ),
  country(
    { ar: 'سوريا', en: 'Syria' },
    ['السوري', 'السورية', 'Syrian'],
    { ar: 'الوكالة العربية السورية للأنباء (سانا)', en: 'Syrian Arab News Agency (SANA)' },
    [
      { ar: 'دمشق', en: 'Damascus' },
      { ar: 'حلب', en: 'Aleppo' },
      { ar: 'حمص', en: 'Homs' },
      { ar: 'اللاذقية', en: 'Latakia' },
      { ar: 'حماة', en: 'Hama' },
      { ar: 'دير الزور', en: 'Deir ez-Zor' },
      { ar: 'طرطوس', en: 'Tartus' },
      { ar: 'إدلب', en: 'Idlib' },
    ],
  ),
  country(
    { ar: 'لبنان', en: 'Lebanon' },
    ['اللبناني', 'اللبنانية', 'Lebanese'],
    { ar: 'الوكالة الوطنية للإعلام', en: 'National News Agency' },
    [
      { ar: 'بيروت', en: 'Beirut' },
      { ar: 'صيدا', en: 'Sidon' },
      { ar: 'بعلبك', en: 'Baalbek' },
      { ar: 'زحلة', en: 'Zahle' },
      { ar: 'صور', en: 'Tyre' },
      { ar: 'جبيل', en: 'Byblos' },
      { ar: 'النبطية', en: 'Nabatieh' },
    ],
  ),
  country(
    { ar: 'فلسطين', en: 'Palestine' },
    ['الفلسطيني', 'الفلسطينية', 'Palestinian'],
    { ar: 'وكالة الأنباء والمعلومات الفلسطينية (وفا)', en: 'WAFA News Agency' },
    [
      { ar: 'رام الله', en: 'Ramallah' },
      { ar: 'غزة', en: 'Gaza' },
      { ar: 'نابلس', en: 'Nablus' },
      { ar: 'الخليل', en: 'Hebron' },
      { ar: 'جنين', en: 'Jenin' },
      { ar: 'بيت لحم', en: 'Bethlehem' },
      { ar: 'طولكرم', en: 'Tulkarm' },
      { ar: 'أريحا', en: 'Jericho' },
    ],
  ),
  country(
    { ar: 'الأردن', en: 'Jordan' },
    ['الأردني', 'الأردنية', 'Jordanian'],
    { ar: 'وكالة الأنباء الأردنية (بترا)', en: 'Jordan News Agency (Petra)' },
    [
      { ar: 'عمّان', en: 'Amman' },
      { ar: 'إربد', en: 'Irbid' },
      { ar: 'العقبة', en: 'Aqaba' },
      { ar: 'الزرقاء', en: 'Zarqa' },
      { ar: 'مادبا', en: 'Madaba' },
      { ar: 'الكرك', en: 'Karak' },
      { ar: 'السلط', en: 'As-Salt' },
      { ar: 'معان', en: "Ma'an" },
    ],
  ),
  country(
    { ar: 'المغرب', en: 'Morocco' },
    ['المغربي', 'المغربية', 'Moroccan'],
    { ar: 'وكالة المغرب العربي للأنباء', en: 'Maghreb Arab Press' },
    [
      { ar: 'الرباط', en: 'Rabat' },
      { ar: 'الدار البيضاء', en: 'Casablanca' },
      { ar: 'فاس', en: 'Fez' },
      { ar: 'مراكش', en: 'Marrakesh' },
      { ar: 'طنجة', en: 'Tangier' },
      { ar: 'أكادير', en: 'Agadir' },
      { ar: 'وجدة', en: 'Oujda' },
      { ar: 'مكناس', en: 'Meknes' },
      { ar: 'تطوان', en: 'Tetouan' },
      { ar: 'ورزازات', en: 'Ouarzazate' },
    ],
  ),
  country(
    { ar: 'الإمارات', en: 'the UAE' },
    ['الإماراتي', 'الإماراتية', 'Emirati'],
    { ar: 'وكالة أنباء الإمارات (وام)', en: 'Emirates News Agency (WAM)' },
    [
      { ar: 'أبوظبي', en: 'Abu Dhabi' },
      { ar: 'دبي', en: 'Dubai' },
      { ar: 'الشارقة', en: 'Sharjah' },
      { ar: 'العين', en: 'Al Ain' },
      { ar: 'رأس الخيمة', en: 'Ras Al Khaimah' },
      { ar: 'الفجيرة', en: 'Fujairah' },
    ],
  ),
  country(
    { ar: 'تونس', en: 'Tunisia' },
    ['التونسي', 'التونسية', 'Tunisian'],
    { ar: 'وكالة تونس إفريقيا للأنباء', en: 'Tunis Afrique Presse' },
    [
      { ar: 'تونس العاصمة', en: 'Tunis' },
      { ar: 'صفاقس', en: 'Sfax' },
      { ar: 'سوسة', en: 'Sousse' },
      { ar: 'القيروان', en: 'Kairouan' },
      { ar: 'بنزرت', en: 'Bizerte' },
      { ar: 'قابس', en: 'Gabes' },
      { ar: 'توزر', en: 'Tozeur' },
      { ar: 'المنستير', en: 'Monastir' },
    ],
  ),
  country(
    { ar: 'الجزائر', en: 'Algeria' },
    ['الجزائري', 'الجزائرية', 'Algerian'],
    { ar: 'وكالة الأنباء الجزائرية', en: 'Algeria Press Service' },
    [
      { ar: 'الجزائر العاصمة', en: 'Algiers' },
      { ar: 'وهران', en: 'Oran' },
      { ar: 'قسنطينة', en: 'Constantine' },
      { ar: 'عنابة', en: 'Annaba' },
      { ar: 'سطيف', en: 'Setif' },
      { ar: 'تلمسان', en: 'Tlemcen' },
      { ar: 'البليدة', en: 'Blida' },
      { ar: 'ورقلة', en: 'Ouargla' },
    ],
  ),
  country(
    { ar: 'اليمن', en: 'Yemen' },
    ['اليمني', 'اليمنية', 'Yemeni'],
    { ar: 'وكالة الأنباء اليمنية (سبأ)', en: 'Saba News Agency' },
    [
      { ar: 'صنعاء', en: 'Sanaa' },
      { ar: 'عدن', en: 'Aden' },
      { ar: 'تعز', en: 'Taiz' },
      { ar: 'المكلا', en: 'Mukalla' },
      { ar: 'الحديدة', en: 'Hodeidah' },
      { ar: 'مأرب', en: 'Marib' },
      { ar: 'إب', en: 'Ibb' },
    ],
  ),
  country(
    { ar: 'قطر', en: 'Qatar' },
    ['القطري', 'القطرية', 'Qatari'],
    { ar: 'وكالة الأنباء القطرية (قنا)', en: 'Qatar News Agency' },
    [
      { ar: 'الدوحة', en: 'Doha' },
      { ar: 'الخور', en: 'Al Khor' },
      { ar: 'الوكرة', en: 'Al Wakrah' },
    ],
  ),
  country(
    { ar: 'الكويت', en: 'Kuwait' },
    ['الكويتي', 'الكويتية', 'Kuwaiti'],
    { ar: 'وكالة الأنباء الكويتية (كونا)', en: 'Kuwait News Agency (KUNA)' },
    [
      { ar: 'مدينة الكويت', en: 'Kuwait City' },
      { ar: 'الجهراء', en: 'Jahra' },
      { ar: 'الأحمدي', en: 'Ahmadi' },
    ],
  ),
  country(
    { ar: 'ليبيا', en: 'Libya' },
    ['الليبي', 'الليبية', 'Libyan'],
    { ar: 'وكالة الأنباء الليبية', en: 'Libyan News Agency' },
    [
      { ar: 'طرابلس', en: 'Tripoli' },
      { ar: 'بنغازي', en: 'Benghazi' },
      { ar: 'مصراتة', en: 'Misrata' },
      { ar: 'سبها', en: 'Sabha' },
      { ar: 'طبرق', en: 'Tobruk' },
      { ar: 'الزاوية', en: 'Zawiya' },
    ],
  ),
  country(
    { ar: 'السودان', en: 'Sudan' },
    ['السوداني', 'السودانية', 'Sudanese'],
    { ar: 'وكالة السودان للأنباء (سونا)', en: 'Sudan News Agency (SUNA)' },
    [
      { ar: 'الخرطوم', en: 'Khartoum' },
      { ar: 'أم درمان', en: 'Omdurman' },
      { ar: 'بورتسودان', en: 'Port Sudan' },
      { ar: 'كسلا', en: 'Kassala' },
      { ar: 'الأبيض', en: 'El Obeid' },
      { ar: 'ود مدني', en: 'Wad Madani' },
    ],
  ),
  country(
    { ar: 'سلطنة عمان', en: 'Oman' },
    ['العماني', 'العمانية', 'Omani'],
    { ar: 'وكالة الأنباء العمانية', en: 'Oman News Agency' },
    [
      { ar: 'مسقط', en: 'Muscat' },
      { ar: 'صلالة', en: 'Salalah' },
      { ar: 'صحار', en: 'Sohar' },
      { ar: 'نزوى', en: 'Nizwa' },
    ],
  ),
  country(
    { ar: 'البحرين', en: 'Bahrain' },
    ['البحريني', 'البحرينية', 'Bahraini'],
    { ar: 'وكالة أنباء البحرين (بنا)', en: 'Bahrain News Agency' },
    [
      { ar: 'المنامة', en: 'Manama' },
      { ar: 'المحرق', en: 'Muharraq' },
      { ar: 'مدينة عيسى', en: 'Isa Town' },
    ],
  ),
  country(
    { ar: 'موريتانيا', en: 'Mauritania' },
    ['الموريتاني', 'الموريتانية', 'Mauritanian'],
    { ar: 'الوكالة الموريتانية للأنباء', en: 'Mauritanian News Agency' },
    [
      { ar: 'نواكشوط', en: 'Nouakchott' },
      { ar: 'نواذيبو', en: 'Nouadhibou' },
      { ar: 'روصو', en: 'Rosso' },
    ],
  ),
];
