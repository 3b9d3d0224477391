/** The Gulf states and Yemen. */
import { country } from './country';

export const saudiArabia = country(
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
);

export const uae = country(
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
);

export const yemen = country(
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
);

export const qatar = country(
  { ar: 'قطر', en: 'Qatar' },
  ['القطري', 'القطرية', 'Qatari'],
  { ar: 'وكالة الأنباء القطرية (قنا)', en: 'Qatar News Agency' },
  [
    { ar: 'الدوحة', en: 'Doha' },
    { ar: 'الخور', en: 'Al Khor' },
    { ar: 'الوكرة', en: 'Al Wakrah' },
  ],
);

export const kuwait = country(
  { ar: 'الكويت', en: 'Kuwait' },
  ['الكويتي', 'الكويتية', 'Kuwaiti'],
  { ar: 'وكالة الأنباء الكويتية (كونا)', en: 'Kuwait News Agency (KUNA)' },
  [
    { ar: 'مدينة الكويت', en: 'Kuwait City' },
    { ar: 'الجهراء', en: 'Jahra' },
    { ar: 'الأحمدي', en: 'Ahmadi' },
  ],
);

export const oman = country(
  { ar: 'سلطنة عمان', en: 'Oman' },
  ['العماني', 'العمانية', 'Omani'],
  { ar: 'وكالة الأنباء العمانية', en: 'Oman News Agency' },
  [
    { ar: 'مسقط', en: 'Muscat' },
    { ar: 'صلالة', en: 'Salalah' },
    { ar: 'صحار', en: 'Sohar' },
    { ar: 'نزوى', en: 'Nizwa' },
  ],
);

export const bahrain = country(
  { ar: 'البحرين', en: 'Bahrain' },
  ['البحريني', 'البحرينية', 'Bahraini'],
  { ar: 'وكالة أنباء البحرين (بنا)', en: 'Bahrain News Agency' },
  [
    { ar: 'المنامة', en: 'Manama' },
    { ar: 'المحرق', en: 'Muharraq' },
    { ar: 'مدينة عيسى', en: 'Isa Town' },
  ],
);
