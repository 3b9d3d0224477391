/** The Nile valley and the Maghreb. */
import { country } from './country';

export const egypt = country(
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
);

export const morocco = country(
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
);

export const tunisia = country(
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
);

export const algeria = country(
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
);

export const libya = country(
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
);

export const sudan = country(
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
);

export const mauritania = country(
  { ar: 'موريتانيا', en: 'Mauritania' },
  ['الموريتاني', 'الموريتانية', 'Mauritanian'],
  { ar: 'الوكالة الموريتانية للأنباء', en: 'Mauritanian News Agency' },
  [
    { ar: 'نواكشوط', en: 'Nouakchott' },
    { ar: 'نواذيبو', en: 'Nouadhibou' },
    { ar: 'روصو', en: 'Rosso' },
  ],
);
