import type { Section } from '../../lib/content/sections';
import type { Pair } from './bank/types';

export interface StockImage {
  src: string;
  width: number;
  height: number;
  alt: Pair;
  caption: Pair;
  credit: Pair;
  /** Sections whose stories may run it. */
  sections: Section[];
}

const illustration: Pair = { ar: 'رسم توضيحي: الرواق', en: 'Illustration: Al-Riwaq' };

/**
 * The pictures in public/images/articles, with the texts of the stories they were made for:
 * generated stories share them, as an archive reuses its stock pictures.
 */
const pictures: Omit<StockImage, 'width' | 'height'>[] = [
  {
    src: '/images/articles/baghdad-security-council.svg',
    alt: {
      ar: 'المجلس الوزاري للأمن الوطني في العراق يعقد جلسة استثنائية',
      en: "Iraq's Ministerial Council for National Security holds an extraordinary session",
    },
    caption: {
      ar: 'صورة أرشيفية لاجتماع المجلس الوزاري للأمن الوطني في بغداد',
      en: 'An archive picture of a meeting of the Ministerial Council for National Security in Baghdad',
    },
    credit: { ar: 'تويتر', en: 'Twitter' },
    sections: ['politics'],
  },
  {
    src: '/images/articles/aswan-high-dam-fifty-years.svg',
    alt: {
      ar: 'رسم توضيحي للسد العالي في أسوان وخلفه بحيرة ناصر وأمامه محطة الكهرباء ومجرى النيل',
      en: 'Illustration of the Aswan High Dam with Lake Nasser behind it and the power station and the Nile channel in front',
    },
    caption: {
      ar: 'السد العالي في أسوان، وخلفه بحيرة ناصر التي تمتد جنوبا حتى داخل الأراضي السودانية',
      en: 'The Aswan High Dam, with Lake Nasser behind it stretching south into Sudanese territory',
    },
    credit: illustration,
    sections: ['economy', 'environment', 'politics'],
  },
  {
    src: '/images/articles/noor-ouarzazate-solar.svg',
    alt: {
      ar: 'صفوف من المرايا الشمسية المقعرة وبرج شمسي تحيط به مرايا عاكسة وسط صحراء عند الغروب، وجبال في الأفق',
      en: 'Rows of curved solar mirrors and a solar tower surrounded by reflecting mirrors in the desert at sunset, with mountains on the horizon',
    },
    caption: {
      ar: 'مرايا مقعرة وبرج شمسي في مجمع نور ورزازات على أطراف الصحراء',
      en: 'Curved mirrors and a solar tower at the Noor Ouarzazate complex on the edge of the desert',
    },
    credit: illustration,
    sections: ['environment', 'economy', 'science'],
  },
  {
    src: '/images/articles/riyadh-metro-opens.svg',
    alt: {
      ar: 'قطار مترو حديث بلا سائق على جسر مرتفع فوق طريق مزدحم بالسيارات، وأبراج مدينة في الخلفية',
      en: 'A modern driverless metro train on an elevated viaduct above a road busy with cars, with city towers in the background',
    },
    caption: {
      ar: 'قطار مترو يعبر فوق طريق مزدحم في الرياض',
      en: 'A metro train crosses above a busy road in Riyadh',
    },
    credit: illustration,
    sections: ['society', 'economy'],
  },
  {
    src: '/images/articles/hope-probe-mars.svg',
    alt: {
      ar: 'مسبار فضائي بجسم ذهبي سداسي وألواح شمسية زرقاء وهوائي على شكل طبق يحلق قرب كوكب المريخ',
      en: 'A spacecraft with a gold hexagonal body, blue solar panels and a dish antenna flying near the planet Mars',
    },
    caption: { ar: 'مسبار الأمل في مداره حول المريخ', en: 'The Hope probe in orbit around Mars' },
    credit: illustration,
    sections: ['science'],
  },
  {
    src: '/images/articles/grand-egyptian-museum.svg',
    alt: {
      ar: 'رسم توضيحي لتمثال رمسيس الثاني في البهو العظيم للمتحف المصري الكبير وخلفه واجهة زجاجية تطل على الأهرامات',
      en: 'Illustration of the statue of Ramesses II in the grand hall of the Grand Egyptian Museum, with a glass front looking out on the pyramids behind it',
    },
    caption: {
      ar: 'تمثال رمسيس الثاني يتوسط البهو العظيم للمتحف المصري الكبير على مقربة من أهرامات الجيزة',
      en: 'The statue of Ramesses II stands in the grand hall of the Grand Egyptian Museum near the pyramids of Giza',
    },
    credit: illustration,
    sections: ['culture'],
  },
  {
    src: '/images/articles/arabic-calligraphy-unesco.svg',
    alt: {
      ar: 'ورقة على مكتب خشبي تحمل زخرفة دوامية بالحبر، وإلى جانبها محبرة نحاسية وقلما قصب وسكين لبري الأقلام',
      en: 'A sheet of paper on a wooden desk bearing a swirling ink ornament, beside a brass inkwell, two reed pens and a knife for cutting them',
    },
    caption: {
      ar: 'أدوات الخطاط التقليدية: أقلام القصب والمحبرة وسكين البري',
      en: "The calligrapher's traditional tools: reed pens, the inkwell and the cutting knife",
    },
    credit: illustration,
    sections: ['culture', 'society'],
  },
  {
    src: '/images/articles/qarawiyyin-library-restored.svg',
    alt: {
      ar: 'رسم توضيحي لقوس على الطراز المغربي يؤطر مخطوطا مفتوحا على حامل خشبي وخلفه رفوف مخطوطات وزخارف زليج',
      en: 'Illustration of a Moroccan-style arch framing a manuscript open on a wooden stand, with shelves of manuscripts and zellige tilework behind it',
    },
    caption: {
      ar: 'خزانة القرويين في فاس، إحدى أقدم المكتبات في العالم',
      en: 'The Qarawiyyin library in Fez, one of the oldest libraries in the world',
    },
    credit: illustration,
    sections: ['culture', 'science'],
  },
  {
    src: '/images/articles/mutanabbi-street-baghdad.svg',
    alt: {
      ar: 'شارع تصطف على جانبيه مبان من الطابوق الأصفر ببوائك مقوسة وبسطات كتب، وفي نهايته برج ساعة القشلة',
      en: 'A street lined on both sides by yellow-brick buildings with arched arcades and book stalls, with the Qishla clock tower at its end',
    },
    caption: {
      ar: 'شارع المتنبي في بغداد، وفي نهايته برج ساعة القشلة قرب ضفة دجلة',
      en: 'Al-Mutanabbi Street in Baghdad, with the Qishla clock tower at its end near the bank of the Tigris',
    },
    credit: illustration,
    sections: ['culture', 'society'],
  },
  {
    src: '/images/articles/mesopotamian-marshes-heritage.svg',
    alt: {
      ar: 'مضيف من القصب على ضفة هور، وقارب خشبي طويل وجاموس في الماء، وطيور مهاجرة في السماء، وزقورة في الأفق',
      en: 'A reed guesthouse on the bank of a marsh, a long wooden boat and water buffalo in the water, migrating birds in the sky and a ziggurat on the horizon',
    },
    caption: {
      ar: 'مضيف من القصب وجاموس في مياه الأهوار، وزقورة أور في الأفق',
      en: 'A reed guesthouse and water buffalo in the marshes, with the ziggurat of Ur on the horizon',
    },
    credit: illustration,
    sections: ['environment', 'culture'],
  },
];

// Every picture in the set is drawn at 1600×900; the content check compares with the file.
export const stockImages: StockImage[] = pictures.map((image) => ({
  ...image,
  width: 1600,
  height: 900,
}));
