/** The Levant and Iraq. */
import { country } from './country';

export const iraq = country(
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
);

export const syria = country(
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
);

export const lebanon = country(
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
);

export const palestine = country(
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
);

export const jordan = country(
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
);
