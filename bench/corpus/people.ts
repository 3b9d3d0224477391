import type { Pair } from './bank/types';

/** Invented names for the people a story quotes: Arabic spelling and its usual English one. */
export const men: Pair[] = [
  { ar: 'سامي الحداد', en: 'Sami al-Haddad' },
  { ar: 'كريم العلي', en: 'Karim al-Ali' },
  { ar: 'يوسف الخطيب', en: 'Youssef al-Khatib' },
  { ar: 'عمر بن سالم', en: 'Omar Ben Salem' },
  { ar: 'حسن الجبوري', en: 'Hassan al-Jubouri' },
  { ar: 'مازن عبد الله', en: 'Mazen Abdullah' },
  { ar: 'طارق منصور', en: 'Tariq Mansour' },
  { ar: 'خالد الشامي', en: 'Khaled al-Shami' },
  { ar: 'أحمد بن علي', en: 'Ahmed Ben Ali' },
  { ar: 'نبيل حداد', en: 'Nabil Haddad' },
  { ar: 'فيصل العتيبي', en: 'Faisal al-Otaibi' },
  { ar: 'رامي سعادة', en: 'Rami Saadeh' },
  { ar: 'إبراهيم التميمي', en: 'Ibrahim al-Tamimi' },
  { ar: 'محمود عثمان', en: 'Mahmoud Osman' },
  { ar: 'هشام العمراني', en: 'Hicham El Amrani' },
];

export const women: Pair[] = [
  { ar: 'ليلى منصور', en: 'Layla Mansour' },
  { ar: 'هدى الكبيسي', en: 'Huda al-Kubaisi' },
  { ar: 'سلمى بن يوسف', en: 'Salma Ben Youssef' },
  { ar: 'نور الهاشمي', en: 'Nour al-Hashimi' },
  { ar: 'رنا خوري', en: 'Rana Khoury' },
  { ar: 'مريم السعدي', en: 'Maryam al-Saadi' },
  { ar: 'فاطمة الزهراء العلوي', en: 'Fatima Zahra Alaoui' },
  { ar: 'دينا فؤاد', en: 'Dina Fouad' },
  { ar: 'سارة القاسم', en: 'Sara al-Qasim' },
  { ar: 'أمل حمدان', en: 'Amal Hamdan' },
  { ar: 'ريم العنزي', en: 'Reem al-Anzi' },
  { ar: 'هالة عبد الرحمن', en: 'Hala Abdelrahman' },
];
