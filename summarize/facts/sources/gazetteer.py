"""Named sources the fact layer knows by name: outlets, institutions and companies, one typed
record each, plus the tables ministries and national bodies are composed from.

Outlets are listed one by one because a romaniser garbles them (arabic-name-romanizer turned
رويترز into "Rouitrez"); ministries and national bodies are composed from a nationality and a
body, so "وزارة النفط الكويتية" needs no entry of its own.
"""

from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):
    """A source known by name: its canonical English name, what it is, and how it is written."""

    name: str
    category: str  # "outlet" | "institution" | "company"
    arabic: tuple[str, ...] = ()
    english: tuple[str, ...] = ()  # other English names
    # Arabic forms that are also ordinary words (قنا is a town and "canal", العربية "Arabic",
    # الجزيرة "the island"): a source only after وكالة/صحيفة/قناة/... or in brackets.
    ambiguous: tuple[str, ...] = ()
    # Those forms are also a source right after a verb of saying or "بحسب" ("بحسب الأناضول").
    attributable: bool = False
    # Other outlets of the same name in one country's news, as (ISO code, canonical English name):
    # الصباح in a Tunisian text is Tunis's Assabah, not Baghdad's Al-Sabah.
    regional: tuple[tuple[str, str], ...] = ()


def outlet(name: str, arabic: tuple[str, ...], **kw) -> Entry:
    """A news agency, broadcaster, newspaper or website."""
    return Entry(name, "outlet", arabic, **kw)


def institution(name: str, arabic: tuple[str, ...], **kw) -> Entry:
    """An international or national body, court, market or fund."""
    return Entry(name, "institution", arabic, **kw)


def company(name: str, arabic: tuple[str, ...], **kw) -> Entry:
    """A company, bank or rating agency."""
    return Entry(name, "company", arabic, **kw)


class Ministry(NamedTuple):
    """A ministry's portfolio: Arabic (with ال), the English short form ("Foreign" Ministry) and
    the long form (Ministry of "Foreign Affairs")."""

    arabic: str
    short: str
    long: str


class NationalBody(NamedTuple):
    """A body named with a nationality ("البنك المركزي العراقي"): Arabic head (with ال), the word
    that identifies it in English, and English patterns over {nat} and {country}."""

    arabic: str
    word: str
    patterns: tuple[str, ...]


class BareBody(NamedTuple):
    """A body news names without a nationality ("مجلس الأعيان") and its English names."""

    arabic: str
    english: tuple[str, ...]


ENTRIES = (
    # National agencies of the Arab League states.
    outlet("Saudi Press Agency", ("واس", "وكالة الأنباء السعودية"), english=("SPA", "Saudi state news agency")),
    outlet("Emirates News Agency", ("وام", "وكالة أنباء الإمارات", "وكالة الأنباء الإماراتية"), english=("WAM", "UAE state news agency")),
    outlet("Qatar News Agency", ("وكالة الأنباء القطرية",), english=("QNA",), ambiguous=("قنا",), attributable=True),
    outlet("Kuwait News Agency", ("كونا", "وكالة الأنباء الكويتية"), english=("KUNA",)),
    outlet("Bahrain News Agency", ("وكالة أنباء البحرين", "وكالة الأنباء البحرينية"), english=("BNA",), ambiguous=("بنا",)),
    outlet("Oman News Agency", ("وكالة الأنباء العمانية",), english=("ONA", "Omani News Agency"), ambiguous=("العمانية",), attributable=True),
    outlet("Syrian Arab News Agency", ("سانا", "الوكالة العربية السورية للأنباء"), english=("SANA", "Syrian state news agency")),
    outlet("Petra", ("بترا", "وكالة الأنباء الأردنية"), english=("Jordan News Agency", "Jordanian news agency")),
    outlet("WAFA", ("وكالة الأنباء والمعلومات الفلسطينية", "وكالة الأنباء الفلسطينية"), english=("Palestinian News and Information Agency", "Palestinian news agency", "Wafa"), ambiguous=("وفا",), attributable=True),
    outlet("Iraqi News Agency", ("واع", "وكالة الأنباء العراقية"), english=("INA", "Iraqi state news agency")),
    outlet("National News Agency", ("الوكالة الوطنية للإعلام", "الوكالة الوطنية للاعلام"), english=("NNA", "Lebanese National News Agency", "Lebanon's National News Agency")),
    outlet("Middle East News Agency", ("أ ش أ", "أ.ش.أ", "وكالة أنباء الشرق الأوسط"), english=("MENA", "Egyptian state news agency")),
    outlet("Algeria Press Service", ("وكالة الأنباء الجزائرية", "واج"), english=("APS", "Algerian Press Service", "Algerie Presse Service", "Algerian news agency", "Algerian state news agency")),
    # Its datelines write the acronym joined, "(ومع)", which is also "and with": only in brackets.
    outlet("Maghreb Arab Press", ("وكالة المغرب العربي للأنباء", "لاماب", "و م ع"), english=("MAP", "Moroccan news agency", "Moroccan state news agency"), ambiguous=("ومع",)),
    outlet("Tunis Afrique Presse", ("وكالة تونس أفريقيا للأنباء", "وكالة تونس إفريقيا للأنباء"), english=("TAP", "Tunisian news agency", "Tunisian state news agency"), ambiguous=("وات",), attributable=True),
    outlet("Libya News Agency", ("وكالة الأنباء الليبية",), english=("LANA", "Libyan News Agency", "Libyan state news agency"), ambiguous=("وال",)),
    outlet("Sudan News Agency", ("سونا", "وكالة السودان للأنباء", "وكالة الأنباء السودانية"), english=("SUNA", "Sudanese news agency")),
    outlet("Saba News Agency", ("وكالة سبأ", "وكالة الأنباء اليمنية"), english=("Saba", "Yemeni news agency", "Yemen's state news agency"), ambiguous=("سبأ",), attributable=True),
    outlet("Sahrawi Press Service", ("وكالة الأنباء الصحراوية", "واص"), english=("SPS",)),
    outlet("Mauritanian News Agency", ("الوكالة الموريتانية للأنباء", "وكالة الأنباء الموريتانية"), english=("AMI", "Agence Mauritanienne d'Information")),
    outlet("Somali National News Agency", ("وكالة الأنباء الصومالية", "صونا"), english=("SONNA",)),
    outlet("Djibouti News Agency", ("وكالة الأنباء الجيبوتية",), english=("ADI", "Agence Djiboutienne d'Information")),
    outlet("Comoros News Agency", ("وكالة الأنباء القمرية",), english=("HZK-Presse",)),
    # International agencies.
    outlet("Reuters", ("رويترز", "رويتر"), english=("Reuters news agency",)),
    outlet("AFP", ("فرانس برس", "فرانس بريس", "أ ف ب", "أ.ف.ب", "وكالة الصحافة الفرنسية", "وكالة الأنباء الفرنسية"), english=("Agence France-Presse", "Agence France Presse", "French news agency")),
    outlet("Associated Press", ("أسوشيتد برس", "أسوشييتد برس", "أسوشيتدبرس", "اسوشيتد برس", "أسوشيتيد برس"), english=("AP", "The Associated Press")),
    outlet("Bloomberg", ("بلومبرغ", "بلومبيرغ", "بلومبرج", "بلومبيرج"), english=("Bloomberg News",)),
    outlet("dpa", ("د ب أ", "د.ب.أ", "وكالة الأنباء الألمانية"), english=("Deutsche Presse-Agentur", "German news agency", "DPA")),
    outlet("EFE", ("إفي", "وكالة الأنباء الإسبانية"), english=("Spanish news agency",)),
    outlet("ANSA", ("أنسا", "وكالة الأنباء الإيطالية"), english=("Italian news agency",)),
    outlet("Xinhua", ("شينخوا", "وكالة أنباء الصين الجديدة", "وكالة الأنباء الصينية"), english=("Xinhua news agency", "Chinese state news agency")),
    outlet("TASS", ("تاس",), english=("Tass", "Russian news agency")),
    outlet("RIA Novosti", ("ريا نوفوستي", "نوفوستي"), english=("RIA",)),
    outlet("Interfax", ("إنترفاكس", "انترفاكس")),
    outlet("Sputnik", ("سبوتنيك",)),
    outlet("IRNA", ("إرنا", "ارنا", "وكالة الأنباء الإيرانية الرسمية", "وكالة الجمهورية الإسلامية للأنباء"), english=("Islamic Republic News Agency", "Iranian state news agency")),
    outlet("Tasnim", ("تسنيم",), english=("Tasnim news agency",)),
    outlet("Fars", (), english=("Fars news agency",), ambiguous=("فارس",)),
    outlet("Mehr", (), english=("Mehr news agency",), ambiguous=("مهر",)),
    outlet("ISNA", ("إسنا",)),
    outlet("Anadolu Agency", ("وكالة الأناضول",), english=("Anadolu", "AA", "Turkish news agency"), ambiguous=("الأناضول",), attributable=True),
    outlet("Kyodo", ("كيودو", "وكالة الأنباء اليابانية"), english=("Kyodo News",)),
    outlet("Yonhap", ("يونهاب",)),
    # Broadcasters, websites and newspapers.
    outlet("BBC", ("بي بي سي", "هيئة الإذاعة البريطانية"), english=("the BBC",)),
    outlet("CNN", ("سي إن إن", "سي ان ان")),
    outlet("Al Jazeera", ("الجزيرة نت", "قناة الجزيرة"), english=("Al-Jazeera", "Aljazeera"), ambiguous=("الجزيرة",), attributable=True),
    outlet("Al Arabiya", ("العربية نت", "قناة العربية"), english=("Al-Arabiya",), ambiguous=("العربية",), attributable=True),
    outlet("Al Hadath", (), english=("Al-Hadath",), ambiguous=("الحدث",), attributable=True),
    outlet("Sky News Arabia", ("سكاي نيوز عربية", "سكاي نيوز"), english=("Sky News",)),
    outlet("Asharq Al-Awsat", (), english=("Asharq al-Awsat", "Al-Sharq Al-Awsat"), ambiguous=("الشرق الأوسط",), attributable=True),
    outlet("Al-Ahram", ("الأهرام",), english=("Al Ahram", "Ahram Online")),
    outlet("Al-Hayat", (), english=("Al Hayat",), ambiguous=("الحياة",)),
    outlet("Al-Quds Al-Arabi", ("القدس العربي",), english=("Al Quds Al Arabi",)),
    outlet("An-Nahar", (), english=("Annahar", "Al-Nahar"), ambiguous=("النهار",), regional=(("DZ", "Ennahar"),)),
    outlet("Al-Akhbar", (), english=("Al Akhbar",), ambiguous=("الأخبار",)),
    outlet("Al-Sharq", (), english=("Asharq",), ambiguous=("الشرق",)),
    outlet("Al Mayadeen", (), english=("Al-Mayadeen",), ambiguous=("الميادين",), attributable=True),
    outlet("Al-Manar", (), english=("Al Manar",), ambiguous=("المنار",)),
    outlet("Al Sumaria", (), english=("Alsumaria",), ambiguous=("السومرية",), attributable=True),
    outlet("Alsumaria News", ("السومرية نيوز",), english=("Al Sumaria News", "Alsumaria", "Al Sumaria")),  # the channel's news site
    outlet("Rudaw", ("رووداو", "روداو")),
    outlet("Shafaq News", ("شفق نيوز",), english=("Shafaq",)),
    outlet("RT", ("روسيا اليوم", "آر تي"), english=("Russia Today",)),
    outlet("France 24", ("فرانس 24", "فرانس ٢٤")),
    outlet("Deutsche Welle", ("دويتشه فيله", "دويتشه فيلله"), english=("DW",)),
    outlet("Euronews", ("يورونيوز",)),
    outlet("The New York Times", ("نيويورك تايمز",), english=("New York Times", "NYT")),
    outlet("The Washington Post", ("واشنطن بوست",), english=("Washington Post",)),
    outlet("The Wall Street Journal", ("وول ستريت جورنال",), english=("Wall Street Journal", "WSJ")),
    outlet("Financial Times", ("فايننشال تايمز", "فاينانشال تايمز", "فايننشيال تايمز"), english=("FT", "The Financial Times")),
    outlet("The Guardian", ("الغارديان", "الجارديان", "غارديان"), english=("Guardian",)),
    outlet("The Times", ("التايمز",)),
    outlet("The Economist", ("إيكونوميست", "الإيكونوميست", "ايكونوميست"), english=("Economist",)),
    outlet("Axios", ("أكسيوس", "اكسيوس")),
    outlet("Politico", ("بوليتيكو",)),
    outlet("CBS News", ("سي بي إس",), english=("CBS",)),
    outlet("NBC News", ("إن بي سي",), english=("NBC",)),
    outlet("ABC News", ("إيه بي سي",), english=("ABC",)),
    outlet("Fox News", ("فوكس نيوز",)),
    outlet("Le Monde", ("لوموند",)),
    outlet("Haaretz", ("هآرتس", "هارتس")),
    outlet("The Times of Israel", ("تايمز أوف إسرائيل",), english=("Times of Israel",)),
    outlet("The Jerusalem Post", ("جيروزاليم بوست",), english=("Jerusalem Post",)),
    outlet("Yedioth Ahronoth", ("يديعوت أحرونوت", "يديعوت أحرنوت"), english=("Yedioth", "Ynet")),
    outlet("Israel Hayom", (), ambiguous=("إسرائيل اليوم",)),
    # More outlets: regional papers and broadcasters, and foreign ones Arabic news quotes.
    outlet("Al-Ghad", (), english=("Al Ghad", "Alghad"), ambiguous=("الغد",)),
    outlet("Al-Dustour", (), english=("Al Dustour", "Addustour"), ambiguous=("الدستور",)),
    outlet("Al-Ayyam", (), english=("Al Ayyam", "Al Ayam", "Al-Ayam"), ambiguous=("الأيام",), regional=(("BH", "Al Ayam"),)),
    outlet("Al-Jarida", (), english=("Al Jarida",), ambiguous=("الجريدة",)),
    outlet("Al-Seyassah", (), english=("Al Seyassah",), ambiguous=("السياسة",)),
    outlet("Al-Thawra", (), english=("Al Thawra",), ambiguous=("الثورة",)),
    outlet("Tishreen", (), ambiguous=("تشرين",)),
    outlet("Al-Mada", (), english=("Al Mada",), ambiguous=("المدى",)),
    outlet("Al-Wafd", (), english=("Al Wafd",), ambiguous=("الوفد",)),
    outlet("Akhbar Al-Youm", (), english=("Akhbar El Yom",), ambiguous=("أخبار اليوم",)),
    outlet("Al-Arab", (), english=("Al Arab",), ambiguous=("العرب",)),
    outlet("Al Eqtisadiah", (), english=("Al-Eqtisadiah", "Aleqt"), ambiguous=("الاقتصادية",)),
    outlet("Argaam", (), ambiguous=("أرقام",)),
    outlet("El Khabar", (), english=("El-Khabar", "Al-Khabar"), ambiguous=("الخبر",)),
    outlet("Ennahar", ("النهار الجزائرية", "قناة النهار الجزائرية"), english=("Ennahar TV", "Ennahar Online")),
    outlet("Echorouk", ("الشروق الجزائرية",), english=("Echorouk TV", "Echorouk El Yawmi")),
    outlet("Al-Massae", (), english=("Al Massae",), ambiguous=("المساء",)),
    outlet("Assabah", ("الصباح التونسية",), english=("As-Sabah",)),
    outlet("Independent Arabia", ("إندبندنت عربية", "اندبندنت عربية")),
    outlet("CNBC Arabia", ("سي إن بي سي عربية",)),
    outlet("Asharq Business", ("الشرق بلومبرغ", "اقتصاد الشرق"), english=("Asharq Bloomberg", "Bloomberg Asharq")),
    outlet("Gulf News", ("غلف نيوز", "جلف نيوز")),
    outlet("Akhbar Al Khaleej", (), english=("Akhbar Al-Khaleej", "Akhbar al-Khalij"), ambiguous=("أخبار الخليج",)),  # Bahrain's daily; also "Gulf news"
    outlet("Khaleej Times", ("خليج تايمز",)),
    outlet("The National", ("ذا ناشيونال",)),
    outlet("Arab News", ("عرب نيوز",)),
    outlet("Radio Monte Carlo", ("مونت كارلو الدولية", "راديو مونت كارلو"), english=("Monte Carlo Doualiya", "MCD")),
    outlet("Radio Sawa", ("راديو سوا",)),
    outlet("Mosaique FM", ("موزاييك إف إم", "موزاييك أف أم")),
    outlet("Jeune Afrique", ("جون أفريك", "جون افريك")),
    outlet("Le Figaro", ("لوفيغارو", "لو فيغارو")),
    outlet("Le Point", ("لوبوان",)),
    outlet("Liberation", ("ليبراسيون",), english=("Libération",)),
    outlet("El Pais", ("الباييس", "إل باييس"), english=("El País",)),
    outlet("Die Welt", ("دي فيلت",)),
    outlet("Der Spiegel", ("دير شبيغل", "شبيغل"), english=("Spiegel",)),
    outlet("The Independent", ("الإندبندنت", "إندبندنت")),
    outlet("The Telegraph", ("التلغراف", "ديلي تلغراف"), english=("Daily Telegraph",)),
    outlet("Daily Mail", ("ديلي ميل",)),
    outlet("Sky News", ("سكاي نيوز البريطانية",)),
    outlet("NHK", ("إن إتش كي", "ان اتش كي")),
    outlet("Nikkei", ("نيكاي", "نيكي")),
    outlet("Asahi Shimbun", ("أساهي",), english=("Asahi",)),
    outlet("CCTV", ("سي سي تي في",)),
    outlet("Global Times", ("غلوبال تايمز", "جلوبال تايمز")),
    outlet("Izvestia", ("إزفستيا",)),
    outlet("Kommersant", ("كوميرسانت",)),
    outlet("CNBC", ("سي إن بي سي",)),
    outlet("Channel 12", ("القناة 12 الإسرائيلية", "القناة الثانية عشرة"), english=("Israel's Channel 12",)),
    outlet("Kan", ("هيئة البث الإسرائيلية",), english=("Kan public broadcaster",)),
    # International institutions.
    institution("United Nations", ("الأمم المتحدة", "الامم المتحدة"), english=("UN", "U.N.", "the UN")),
    institution("UN Security Council", ("مجلس الأمن الدولي", "مجلس الأمن"), english=("Security Council", "United Nations Security Council")),
    institution("World Health Organization", ("منظمة الصحة العالمية",), english=("WHO",)),
    institution("International Monetary Fund", ("صندوق النقد الدولي",), english=("IMF",)),
    institution("World Bank", ("البنك الدولي",)),
    institution("European Union", ("الاتحاد الأوروبي",), english=("EU",)),
    institution("European Commission", ("المفوضية الأوروبية",)),
    institution("NATO", ("حلف شمال الأطلسي", "حلف الناتو", "الناتو"), english=("North Atlantic Treaty Organization",)),
    institution("Arab League", ("جامعة الدول العربية", "الجامعة العربية"), english=("League of Arab States",)),
    institution("OPEC+", ("أوبك+", "أوبك +", "أوبك بلس"), english=("OPEC Plus", "OPEC plus")),
    institution("OPEC", ("أوبك",), english=("Organization of the Petroleum Exporting Countries",)),
    institution("International Energy Agency", ("وكالة الطاقة الدولية", "الوكالة الدولية للطاقة"), english=("IEA",)),
    institution("International Renewable Energy Agency", ("الوكالة الدولية للطاقة المتجددة",), english=("IRENA",)),
    institution("OAPEC", ("منظمة الأقطار العربية المصدرة للبترول", "أوابك"), english=("Organization of Arab Petroleum Exporting Countries",)),
    institution("Gas Exporting Countries Forum", ("منتدى الدول المصدرة للغاز",), english=("GECF",)),
    institution("Food and Agriculture Organization", ("منظمة الأغذية والزراعة", "الفاو", "فاو"), english=("FAO", "UN Food and Agriculture Organization", "Food and Agriculture Organization of the United Nations", "Food and Agriculture Organisation")),
    institution("UN Development Programme", ("برنامج الأمم المتحدة الإنمائي",), english=("UNDP", "United Nations Development Programme", "UN Development Program")),
    institution("UNESCO", ("اليونسكو", "يونسكو")),
    institution("World Trade Organization", ("منظمة التجارة العالمية",), english=("WTO",)),
    institution("International Labour Organization", ("منظمة العمل الدولية",), english=("ILO", "International Labor Organization")),
    institution("OECD", ("منظمة التعاون الاقتصادي والتنمية",), english=("Organisation for Economic Co-operation and Development",)),
    institution("UN Population Fund", ("صندوق الأمم المتحدة للسكان",), english=("UNFPA",)),
    institution("UN Human Rights Office", ("المفوضية السامية لحقوق الإنسان", "مفوضية الأمم المتحدة السامية لحقوق الإنسان"), english=("OHCHR", "UN human rights office", "Office of the UN High Commissioner for Human Rights")),
    institution("UN Human Rights Council", ("مجلس حقوق الإنسان",), english=("Human Rights Council",)),
    institution("International Criminal Court", ("المحكمة الجنائية الدولية",), english=("ICC",)),
    institution("International Court of Justice", ("محكمة العدل الدولية",), english=("ICJ", "World Court")),
    institution("International Finance Corporation", ("مؤسسة التمويل الدولية",), english=("IFC",)),
    institution("Islamic Development Bank", ("البنك الإسلامي للتنمية",), english=("IsDB",)),
    institution("Arab Monetary Fund", ("صندوق النقد العربي",), english=("AMF",)),
    institution("African Development Bank", ("بنك التنمية الأفريقي", "البنك الأفريقي للتنمية"), english=("AfDB",)),
    institution("European Bank for Reconstruction and Development", ("البنك الأوروبي لإعادة الإعمار والتنمية",), english=("EBRD",)),
    institution("UNCTAD", ("مؤتمر الأمم المتحدة للتجارة والتنمية", "الأونكتاد"), english=("UN Conference on Trade and Development",)),
    institution("World Meteorological Organization", ("المنظمة العالمية للأرصاد الجوية",), english=("WMO",)),
    institution("ESCWA", ("الإسكوا", "اللجنة الاقتصادية والاجتماعية لغربي آسيا"), english=("UN Economic and Social Commission for Western Asia",)),
    institution("Organisation of Islamic Cooperation", ("منظمة التعاون الإسلامي",), english=("OIC", "Organization of Islamic Cooperation")),
    institution("Independent National Electoral Commission", ("اللجنة الوطنية المستقلة للانتخابات", "اللجنة الانتخابية الوطنية المستقلة"), english=("CENI", "INEC", "electoral commission", "national electoral commission")),
    institution("Independent High Authority for Elections", ("الهيئة العليا المستقلة للانتخابات",), english=("ISIE", "electoral commission", "election authority")),
    institution("National Election Authority", ("الهيئة الوطنية للانتخابات",), english=("NEA", "electoral commission", "election authority")),
    institution("National Independent Authority for Elections", ("السلطة الوطنية المستقلة للانتخابات",), english=("ANIE", "electoral authority", "election authority")),
    institution("Central Elections Commission", ("لجنة الانتخابات المركزية",), english=("CEC", "electoral commission")),
    institution("Independent Election Commission", ("الهيئة المستقلة للانتخاب",), english=("IEC", "electoral commission")),
    # Central banks whose Arabic name does not follow "البنك المركزي + nationality".
    institution("Bank Al-Maghrib", ("بنك المغرب",), english=("Bank al-Maghrib", "Moroccan central bank", "Morocco's central bank", "Bank of Morocco", "central bank")),
    institution("Bank of Algeria", ("بنك الجزائر",), english=("Algerian central bank", "Algeria's central bank", "central bank")),
    institution("Banque du Liban", ("مصرف لبنان",), english=("BDL", "Lebanese central bank", "Lebanon's central bank", "Central Bank of Lebanon", "central bank")),
    institution("Saudi Central Bank", ("ساما", "مؤسسة النقد العربي السعودي"), english=("SAMA", "Saudi Arabian Monetary Authority", "Saudi central bank", "central bank")),
    # Stock exchanges.
    institution("Saudi Exchange", ("تداول السعودية", "السوق المالية السعودية", "سوق الأسهم السعودية"), english=("Saudi Tadawul", "Tadawul", "Saudi stock exchange", "Saudi bourse")),
    institution("Dubai Financial Market", ("سوق دبي المالي", "سوق دبي"), english=("DFM", "Dubai bourse", "Dubai stock market")),
    institution("Abu Dhabi Securities Exchange", ("سوق أبوظبي للأوراق المالية", "سوق أبوظبي"), english=("ADX", "Abu Dhabi bourse", "Abu Dhabi stock exchange")),
    institution("Qatar Stock Exchange", ("بورصة قطر",), english=("QSE", "Qatar Exchange", "Qatar bourse", "Qatar's bourse", "Qatari bourse")),
    institution("Boursa Kuwait", ("بورصة الكويت",), english=("Kuwait Stock Exchange", "Kuwait bourse", "Kuwait's bourse")),
    institution("Bahrain Bourse", ("بورصة البحرين",), english=("Bahrain Stock Exchange",)),
    institution("Muscat Stock Exchange", ("بورصة مسقط", "سوق مسقط للأوراق المالية"), english=("MSX", "Muscat bourse", "Muscat Securities Market")),
    institution("Egyptian Exchange", ("البورصة المصرية",), english=("EGX", "Egypt's stock exchange", "Egyptian bourse", "Egyptian stock exchange")),
    institution("Amman Stock Exchange", ("بورصة عمان",), english=("ASE", "Amman bourse")),
    institution("Casablanca Stock Exchange", ("بورصة الدار البيضاء",), english=("Casablanca bourse", "Bourse de Casablanca")),
    institution("Tunis Stock Exchange", ("بورصة تونس",), english=("Bourse de Tunis", "Tunis bourse")),
    institution("Borsa Istanbul", ("بورصة إسطنبول", "بورصة اسطنبول"), english=("Istanbul stock exchange",)),
    institution("Iraq Stock Exchange", ("سوق العراق للأوراق المالية",), english=("ISX",)),
    institution("International Committee of the Red Cross", ("اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"), english=("ICRC", "Red Cross")),
    institution("UNICEF", ("اليونيسف", "يونيسف", "منظمة الأمم المتحدة للطفولة", "صندوق الأمم المتحدة للطفولة"),
                english=("UN Children's Fund", "United Nations Children's Fund", "U.N. Children's Fund")),
    institution("UNHCR", ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "مفوضية اللاجئين"), english=(
        "UN refugee agency", "UN High Commissioner for Refugees", "United Nations High Commissioner for Refugees",
        "Office of the UN High Commissioner for Refugees")),
    institution("UNRWA", ("الأونروا", "أونروا", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين"), english=("UN Relief and Works Agency", "United Nations Relief and Works Agency", "UN Relief and Works Agency for Palestine Refugees", "UN agency for Palestinian refugees", "UN Palestinian refugee agency")),
    institution("World Food Programme", ("برنامج الأغذية العالمي",), english=("WFP", "World Food Program")),
    institution("International Atomic Energy Agency", ("الوكالة الدولية للطاقة الذرية",), english=("IAEA",)),
    institution("Gulf Cooperation Council", ("مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية"), english=("GCC",)),
    institution("African Union", ("الاتحاد الأفريقي", "الاتحاد الإفريقي"), english=("AU",)),
    # Football's world and continental bodies ("الاتحاد الإفريقي لكرة القدم" is not the African Union).
    institution("FIFA", ("الاتحاد الدولي لكرة القدم", "فيفا", "الفيفا"), english=("International Federation of Association Football",)),
    institution("Confederation of African Football", ("الاتحاد الإفريقي لكرة القدم", "الاتحاد الأفريقي لكرة القدم"), english=("CAF",)),
    institution("Asian Football Confederation", ("الاتحاد الآسيوي لكرة القدم",), english=("AFC",)),
    institution("UEFA", ("الاتحاد الأوروبي لكرة القدم", "يويفا"), english=("Union of European Football Associations",)),
    institution("Union of Arab Football Associations", ("الاتحاد العربي لكرة القدم",), english=("UAFA",)),
    institution("White House", ("البيت الأبيض",), english=("the White House",)),
    institution("Pentagon", ("البنتاغون", "البنتاجون"), english=("the Pentagon", "US Defense Department")),
    institution("Kremlin", ("الكرملين",), english=("the Kremlin",)),
    institution("Elysee", ("الإليزيه",), english=("Elysee Palace", "Élysée")),
    institution("Amnesty International", ("منظمة العفو الدولية",), english=("Amnesty",)),
    institution("Human Rights Watch", ("هيومن رايتس ووتش",), english=("HRW",)),
    institution("Doctors Without Borders", ("أطباء بلا حدود",), english=("MSF", "Medecins Sans Frontieres")),
    institution("OCHA", ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "أوتشا"), english=("UN Office for the Coordination of Humanitarian Affairs",)),
    institution("International Organization for Migration", ("المنظمة الدولية للهجرة",), english=("IOM", "International Organisation for Migration", "UN migration agency")),
    institution("US Federal Reserve", ("مجلس الاحتياطي الفيدرالي الأمريكي", "مجلس الاحتياطي الفيدرالي الأميركي", "مجلس الاحتياطي الفيدرالي", "الاحتياطي الفيدرالي", "البنك الاحتياطي الفيدرالي"), english=("Federal Reserve", "Fed", "U.S. Federal Reserve")),
    institution("European Central Bank", ("البنك المركزي الأوروبي",), english=("ECB",)),
    institution("Kurdistan Regional Government", ("حكومة إقليم كردستان", "حكومة إقليم كوردستان"), english=("KRG", "Kurdistan Region government")),
    institution("Independent High Electoral Commission", ("المفوضية العليا المستقلة للانتخابات",), english=("IHEC", "Iraq's electoral commission", "electoral commission")),
    institution("Suez Canal Authority", ("هيئة قناة السويس",), english=("SCA",)),
    institution("Monetary Policy Committee", ("لجنة السياسة النقدية",), english=("MPC",)),
    institution("National Oil Corporation", ("المؤسسة الوطنية للنفط",), english=("NOC", "National Oil Corp", "Libya's National Oil Corporation")),
    institution("Palestinian Central Bureau of Statistics", ("الجهاز المركزي للإحصاء الفلسطيني",), english=("PCBS",)),
    institution("CAPMAS", ("الجهاز المركزي للتعبئة العامة والإحصاء",), english=("Central Agency for Public Mobilization and Statistics",)),
    institution("Oman Investment Authority", ("جهاز الاستثمار العماني",), english=("OIA",)),
    institution("Future Fund Oman", ("صندوق عمان المستقبل",), english=("Oman Future Fund",)),
    # Police forces named by their state or city ("مصدر في شرطة عمان السلطانية", "وقالت شرطة دبي"):
    # English calls each by its own name, not "the Omani police".
    institution("Royal Oman Police", ("شرطة عمان السلطانية",), english=("ROP", "Oman Police")),
    institution("Dubai Police", ("شرطة دبي", "القيادة العامة لشرطة دبي"), english=("Dubai Police General Command",)),
    institution("Abu Dhabi Police", ("شرطة أبوظبي", "شرطة أبو ظبي", "القيادة العامة لشرطة أبوظبي"), english=("Abu Dhabi Police General Command",)),
    institution("Sharjah Police", ("شرطة الشارقة", "القيادة العامة لشرطة الشارقة"), english=("Sharjah Police General Command",)),
    institution("Ras Al Khaimah Police", ("شرطة رأس الخيمة",), english=("RAK Police",)),
    institution("Federal Police", ("الشرطة الاتحادية",), english=("Iraqi Federal Police", "Iraq's Federal Police", "federal police")),
    # Audit courts of the Gulf and Levant, named without a nationality ("ديوان المحاسبة").
    institution("State Audit Bureau", ("ديوان المحاسبة",), english=("Audit Bureau", "Audit Court", "Court of Audit", "National Audit Office")),
    # Sudan's irrigated cotton and wheat scheme, quoted in farm news ("محافظ مشروع الجزيرة").
    institution("Gezira Scheme", ("مشروع الجزيرة",), english=("Gezira Agricultural Scheme", "Gezira Project", "Sudan Gezira Board")),
    institution("Mohammed V Foundation for Solidarity", ("مؤسسة محمد الخامس للتضامن",), english=("Mohammed V Solidarity Foundation", "Mohamed V Foundation for Solidarity")),
    institution("Public Investment Fund", ("صندوق الاستثمارات العامة",), english=("PIF", "Saudi Public Investment Fund")),
    institution("Qatar Investment Authority", ("جهاز قطر للاستثمار",), english=("QIA",)),
    institution("Abu Dhabi Investment Authority", ("جهاز أبوظبي للاستثمار",), english=("ADIA",)),
    institution("General Authority for the Affairs of the Grand Mosque and the Prophet's Mosque", ("الهيئة العامة للعناية بشؤون المسجد الحرام والمسجد النبوي", "الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي"), english=("General Authority for the Care of the Grand Mosque and the Prophet's Mosque", "General Presidency for the Affairs of the Grand Mosque and the Prophet's Mosque")),
    # Movements and parties news names by their own names: "حزب الله" is Hezbollah, not the "La Party"
    # the institution rule composed. Not حماس or فتح: alone they are also "zeal" and "opening", and
    # an English "Hamas fighters" for "مقاتلي حماس" would then be a name the Arabic lacks.
    institution("Hezbollah", ("حزب الله",), english=("Hizbollah", "Hizbullah", "Hezbollah movement")),
    institution("Islamic Jihad", ("حركة الجهاد الإسلامي", "الجهاد الإسلامي"), english=("Palestinian Islamic Jihad", "PIJ")),
    institution("Amal Movement", ("حركة أمل",), english=("Amal movement",)),
    # Companies that news reports quote.
    company("Saudi Aramco", ("أرامكو", "أرامكو السعودية"), english=("Aramco",)),
    company("ADNOC", ("أدنوك", "شركة بترول أبوظبي الوطنية"), english=("Abu Dhabi National Oil Company",)),
    company("QatarEnergy", ("قطر للطاقة",), english=("Qatar Energy",)),
    company("Sonatrach", ("سوناطراك",)),
    company("SOMO", ("سومو", "شركة تسويق النفط العراقية"), english=("State Oil Marketing Organization", "Iraq's State Oil Marketing Organization")),
    company("First Abu Dhabi Bank", ("بنك أبوظبي الأول", "بنك أبو ظبي الأول"), english=("FAB",)),
    company("Citigroup", ("سيتي جروب", "سيتي غروب", "سيتي بنك"), english=("Citi", "Citibank")),
    company("Microsoft", ("مايكروسوفت",)),
    company("Electricite du Liban", ("مؤسسة كهرباء لبنان",), english=("EDL", "Electricity of Lebanon")),
    company("Eni", ("إيني", "ايني"), english=("ENI",)),
    company("General Electric", ("جنرال إلكتريك", "جنرال الكتريك"), english=("GE",)),
    company("Siemens", ("سيمنس", "سيمنز")),
    company("TotalEnergies", ("توتال إنرجيز", "توتال"), english=("Total",)),
    company("ExxonMobil", ("إكسون موبيل",), english=("Exxon Mobil", "Exxon")),
    company("BP", ("بي بي",)),
    company("Boeing", ("بوينغ", "بوينج")),
    company("Airbus", ("إيرباص",)),
    # Rating agencies and banks.
    # Well-known brands Arabic writes by sound: a romaniser reads ميرسك "Mirsk" and هيرميس "Hirmis".
    company("EFG Hermes", ("إي إف جي هيرميس", "المجموعة المالية هيرميس", "المجموعة المالية - هيرميس"), english=("EFG-Hermes", "EFG")),
    company("Maersk", ("ميرسك", "ميرسك لاين", "إيه بي مولر ميرسك"), english=("A.P. Moller-Maersk", "Maersk Line", "AP Moller-Maersk")),
    company("MSC", ("إم إس سي",), english=("Mediterranean Shipping Company",)),
    company("CMA CGM", ("سي إم إيه سي جي إم",), english=("CMA-CGM",)),
    company("Hapag-Lloyd", ("هاباغ لويد", "هاباج لويد")),
    company("DP World", ("موانئ دبي العالمية",), english=("DPW",)),
    company("Huawei", ("هواوي",)),
    company("Samsung", ("سامسونغ", "سامسونج")),
    company("Google", ("غوغل", "جوجل", "قوقل")),
    company("Amazon", ("أمازون",)),
    company("Nvidia", ("إنفيديا", "انفيديا"), english=("NVIDIA",)),
    company("OpenAI", ("أوبن إيه آي",), english=("Open AI",)),
    company("Chevron", ("شيفرون",)),
    company("Halliburton", ("هاليبرتون",)),
    company("SLB", ("شلمبرجير",), english=("Schlumberger",)),
    company("Toyota", ("تويوتا",)),
    company("Hyundai", ("هيونداي",)),
    company("SABIC", ("سابك",), english=("Saudi Basic Industries Corporation", "Sabic")),
    company("ACWA Power", ("أكوا باور",), english=("Acwa Power",)),
    company("Emaar Properties", ("إعمار العقارية",), english=("Emaar",)),
    company("HSBC", ("إتش إس بي سي",)),
    company("Standard Chartered", ("ستاندرد تشارترد",)),
    company("Morgan Stanley", ("مورغان ستانلي", "مورجان ستانلي")),
    company("BlackRock", ("بلاك روك",)),
    company("Deloitte", ("ديلويت",)),
    company("Modon Holding", ("مدن القابضة",), english=("Modon", "Modon Holding PSC")),
    company("Fitch Ratings", ("فيتش",), english=("Fitch",)),
    company("Moody's", ("موديز",), english=("Moody's Investors Service",)),
    company("S&P Global Ratings", ("ستاندرد آند بورز", "ستاندرد أند بورز", "إس آند بي"), english=("S&P", "Standard & Poor's", "S&P Global")),
    company("Goldman Sachs", ("غولدمان ساكس", "جولدمان ساكس")),
    company("JPMorgan", ("جيه بي مورغان", "جي بي مورغان"), english=("JP Morgan", "J.P. Morgan")),
    # The region's telecoms operators (news quotes them on prices, licences and outages).
    company("Syriatel", ("سيريتل", "سيرياتيل")),
    company("MTN Syria", ("إم تي إن سوريا", "ام تي ان سوريا")),
    company("MTN", ("إم تي إن", "ام تي ان", "مجموعة إم تي إن")),
    company("Syrian Telecom", ("الشركة السورية للاتصالات",), english=("Syrian Telecommunications Company", "Syrian Telecommunications Establishment", "STE")),
    company("Zain", ("مجموعة زين", "شركة زين", "زين السعودية", "زين العراق", "زين الكويت", "زين الأردن", "زين السودان", "زين البحرين"), english=("Zain Group",)),
    company("Ooredoo", ("أوريدو", "اوريدو"), english=("Ooredoo Group",)),
    company("e&", ("اتصالات الإمارات", "مجموعة اتصالات"), english=("Etisalat", "Etisalat by e&", "e& Group")),
    company("Maroc Telecom", ("اتصالات المغرب",), english=("Itissalat Al-Maghrib", "IAM")),
    company("Tunisie Telecom", ("اتصالات تونس",), english=("Tunisia Telecom",)),
    company("Algérie Télécom", ("اتصالات الجزائر",), english=("Algerie Telecom", "Algeria Telecom")),
    company("Telecom Egypt", ("المصرية للاتصالات",), english=("WE",)),
    company("stc", ("الاتصالات السعودية", "شركة الاتصالات السعودية", "إس تي سي"), english=("STC", "Saudi Telecom Company", "stc Group")),
    company("Mobily", ("موبايلي",), english=("Etihad Etisalat",)),
    company("Orange", ("أورانج", "اورانج"), english=("Orange Group",)),
    company("Vodafone", ("فودافون",)),
    company("inwi", ("إنوي", "انوي"), english=("Inwi",)),
    company("Djezzy", ("جازي",)),
    company("Mobilis", ("موبيليس",)),
    company("Asiacell", ("آسيا سيل", "اسيا سيل", "آسياسيل")),
    company("Korek Telecom", ("كورك",), english=("Korek",)),
    company("Omantel", ("عمانتل",), english=("Oman Telecommunications Company",)),
    company("Batelco", ("بتلكو",), english=("Beyon",)),
    company("Sudatel", ("سوداتل",)),
    # Airlines.
    company("Qatar Airways", ("الخطوط الجوية القطرية", "القطرية للطيران")),
    company("Emirates", ("طيران الإمارات",), english=("Emirates airline", "Emirates Airline")),
    company("Etihad Airways", ("الاتحاد للطيران",), english=("Etihad",)),
    company("Saudia", ("الخطوط الجوية السعودية", "الخطوط السعودية"), english=("Saudi Arabian Airlines", "Saudi Airlines")),
    company("Royal Jordanian", ("الملكية الأردنية", "الخطوط الجوية الملكية الأردنية"), english=("Royal Jordanian Airlines",)),
    company("EgyptAir", ("مصر للطيران",), english=("Egypt Air", "Egyptair")),
    company("Gulf Air", ("طيران الخليج",)),
    company("Oman Air", ("الطيران العماني",)),
    company("Kuwait Airways", ("الخطوط الجوية الكويتية",)),
    company("Royal Air Maroc", ("الخطوط الملكية المغربية", "الخطوط الجوية الملكية المغربية"), english=("RAM",)),
    company("Tunisair", ("الخطوط التونسية", "الخطوط الجوية التونسية"), english=("Tunis Air",)),
    company("Air Algérie", ("الخطوط الجوية الجزائرية",), english=("Air Algerie",)),
    company("Middle East Airlines", ("طيران الشرق الأوسط",), english=("MEA",)),
    company("flydubai", ("فلاي دبي",), english=("FlyDubai",)),
    company("Air Arabia", ("العربية للطيران",)),
    company("flynas", ("طيران ناس",), english=("Flynas",)),
    company("Iraqi Airways", ("الخطوط الجوية العراقية",)),
    company("Syrian Air", ("السورية للطيران",), english=("Syrianair", "Syrian Arab Airlines")),
    company("Libyan Airlines", ("الخطوط الجوية الليبية",)),
    company("Yemenia", ("الخطوط الجوية اليمنية",), english=("Yemen Airways",)),
    # National tourism bodies named the Gulf way, country "for" the sector.
    institution("Qatar Tourism", ("قطر للسياحة",), english=("Qatar Tourism Authority",)),
    institution("Dubai Tourism", ("دبي للسياحة",), english=("Dubai's Department of Economy and Tourism",)),
    # More newspapers of the region.
    outlet("Al-Qabas", ("القبس",), english=("Al Qabas", "Alqabas")),
    outlet("Al-Rai", (), english=("Al Rai",), ambiguous=("الراي", "الرأي")),
    outlet("Okaz", ("عكاظ",)),
    outlet("Al-Masry Al-Youm", ("المصري اليوم",), english=("Al Masry Al Youm",)),
    outlet("Youm7", (), english=("Youm7",), ambiguous=("اليوم السابع",)),
    outlet("Al-Watan", (), english=("Al Watan",), ambiguous=("الوطن",), regional=(("DZ", "El Watan"),)),
    outlet("Al-Shorouk", (), english=("Al Shorouk", "Echorouk"), ambiguous=("الشروق",), regional=(("DZ", "Echorouk"),)),
    outlet("Al-Khaleej", (), english=("Al Khaleej",), ambiguous=("الخليج",)),
    outlet("Al-Bayan", (), english=("Al Bayan",), ambiguous=("البيان",)),
    outlet("Al-Riyadh", (), english=("Al Riyadh",), ambiguous=("الرياض",)),
    # الصباح is the name of several papers (Iraq, Tunisia, Morocco); the article assimilates in "Assabah".
    outlet("Al-Sabah", (), english=("Al Sabah", "Assabah", "As-Sabah"), ambiguous=("الصباح",), regional=(("TN", "Assabah"),)),
    outlet("Ma'an News Agency", ("وكالة معا",), english=("Ma'an", "Maan News Agency"), ambiguous=("معا",)),
    outlet("Times of Oman", ("تايمز أوف عمان",), english=("The Times of Oman",)),
    outlet("Hespress", ("هسبريس",)),
    # Mauritania's news site: English keeps the s of its French name.
    outlet("Sahara Medias", ("صحراء ميديا",), english=("Sahara Media",)),
    outlet("Radio Dabanga", ("راديو دبنقا", "دبنقا"), english=("Dabanga",)),
    outlet("Al-Araby Al-Jadeed", ("العربي الجديد",), english=("The New Arab", "Al-Araby")),
    # National broadcasters: Egypt's news channels, Lebanon's LBCI, Oman's state television, Qatar's
    # and Morocco's sports channels (الكأس "the cup" and الرياضية "sports" are ordinary words).
    outlet("Al-Qahera News", ("القاهرة الإخبارية", "القاهرة الاخبارية"), english=("Al Qahera News", "Cairo News")),
    outlet("Extra News", ("إكسترا نيوز", "اكسترا نيوز"), english=("eXtra News",)),
    outlet("LBCI", ("المؤسسة اللبنانية للإرسال", "إل بي سي"), english=("LBC", "Lebanese Broadcasting Corporation")),
    outlet("Oman TV", ("تلفزيون سلطنة عمان", "تلفزيون عمان"), english=("Oman Television",)),
    outlet("Alkass", (), english=("Alkass TV", "Al Kass"), ambiguous=("الكأس",)),
    outlet("Arryadia", (), english=("Arriyadia", "Al Riyadiya"), ambiguous=("الرياضية",)),
)

MINISTRIES = (
    Ministry("الخارجية", "Foreign", "Foreign Affairs"), Ministry("الخارجية والمغتربين", "Foreign", "Foreign Affairs and Expatriates"),
    Ministry("الداخلية", "Interior", "Interior"), Ministry("الدفاع", "Defence", "Defence"), Ministry("المالية", "Finance", "Finance"),
    Ministry("الصحة", "Health", "Health"), Ministry("التربية", "Education", "Education"), Ministry("التعليم", "Education", "Education"),
    Ministry("التربية والتعليم", "Education", "Education"), Ministry("التعليم العالي", "Higher Education", "Higher Education"),
    Ministry("النفط", "Oil", "Oil"), Ministry("الطاقة", "Energy", "Energy"), Ministry("الكهرباء", "Electricity", "Electricity"),
    Ministry("الاقتصاد", "Economy", "Economy"), Ministry("العدل", "Justice", "Justice"), Ministry("الزراعة", "Agriculture", "Agriculture"),
    Ministry("التجارة", "Trade", "Trade"), Ministry("الإعلام", "Information", "Information"), Ministry("الثقافة", "Culture", "Culture"),
    Ministry("النقل", "Transport", "Transport"), Ministry("العمل", "Labour", "Labour"), Ministry("الإسكان", "Housing", "Housing"),
    Ministry("البيئة", "Environment", "Environment"), Ministry("السياحة", "Tourism", "Tourism"), Ministry("الاتصالات", "Communications", "Communications"),
    Ministry("التخطيط", "Planning", "Planning"), Ministry("الموارد المائية", "Water Resources", "Water Resources"),
    Ministry("الشؤون الاجتماعية", "Social Affairs", "Social Affairs"), Ministry("الأوقاف", "Endowments", "Religious Endowments"),
    Ministry("الهجرة", "Migration", "Migration"), Ministry("الصناعة", "Industry", "Industry"), Ministry("الاستثمار", "Investment", "Investment"),
    Ministry("الشباب والرياضة", "Youth and Sports", "Youth and Sports"), Ministry("العدل والحريات", "Justice", "Justice"),
    Ministry("الأوقاف والشؤون الإسلامية", "Endowments", "Endowments and Islamic Affairs"), Ministry("الشؤون الإسلامية", "Islamic Affairs", "Islamic Affairs"),
    Ministry("الإعلام والثقافة", "Information", "Information and Culture"), Ministry("الكهرباء والماء", "Electricity", "Electricity and Water"),
    Ministry("النفط والغاز", "Oil", "Oil and Gas"), Ministry("الطاقة والمعادن", "Energy", "Energy and Minerals"),
    # Parts that long ministry names combine with "و" ("الصيد والاقتصاد البحري").
    Ministry("الصيد", "Fisheries", "Fisheries"), Ministry("الصيد البحري", "Fisheries", "Fisheries"), Ministry("الثروة السمكية", "Fisheries", "Fisheries"),
    Ministry("الاقتصاد البحري", "Maritime Economy", "Maritime Economy"), Ministry("الشؤون الدينية", "Religious Affairs", "Religious Affairs"),
    Ministry("الشؤون الإنسانية", "Humanitarian Affairs", "Humanitarian Affairs"), Ministry("إدارة الكوارث", "Disaster Management", "Disaster Management"),
    Ministry("المياه", "Water", "Water"), Ministry("الري", "Irrigation", "Irrigation"), Ministry("الموارد المائية والري", "Water Resources", "Water Resources and Irrigation"),
    Ministry("الأشغال العامة", "Public Works", "Public Works"), Ministry("المواصلات", "Transport", "Transport"), Ministry("البلديات", "Municipal Affairs", "Municipal Affairs"),
    Ministry("الشؤون البلدية", "Municipal Affairs", "Municipal Affairs"), Ministry("الشؤون القروية", "Rural Affairs", "Rural Affairs"),
    Ministry("المعادن", "Mining", "Mining"), Ministry("التعدين", "Mining", "Mining"), Ministry("الطيران المدني", "Civil Aviation", "Civil Aviation"),
    Ministry("الاقتصاد الرقمي", "Digital Economy", "Digital Economy"), Ministry("الرقمنة", "Digitalisation", "Digitalisation"),
    Ministry("التضامن", "Solidarity", "Solidarity"), Ministry("الأسرة", "Family", "Family"), Ministry("المرأة", "Women", "Women"),
    Ministry("التنمية", "Development", "Development"), Ministry("التنمية الاجتماعية", "Social Development", "Social Development"),
    Ministry("التعاون الدولي", "International Cooperation", "International Cooperation"), Ministry("الشؤون الخارجية", "Foreign", "Foreign Affairs"),
    Ministry("الموارد البشرية", "Human Resources", "Human Resources"), Ministry("التجارة الخارجية", "Foreign Trade", "Foreign Trade"),
    Ministry("الإسكان والتعمير", "Housing", "Housing and Reconstruction"), Ministry("البيئة والتنمية المستدامة", "Environment", "Environment and Sustainable Development"),
    Ministry("اللامركزية", "Decentralisation", "Decentralisation"), Ministry("الدفاع الوطني", "Defence", "National Defence"), Ministry("الحج والعمرة", "Hajj", "Hajj and Umrah"),
    Ministry("الحج", "Hajj", "Hajj"), Ministry("التجهيز", "Equipment", "Equipment"), Ministry("الماء", "Water", "Water"),
    Ministry("الخزانة", "Treasury", "the Treasury"), Ministry("الخزانة العامة", "Treasury", "the Treasury"),
    Ministry("الصحة العامة", "Public Health", "Public Health"), Ministry("التراث", "Heritage", "Heritage"),
    Ministry("التراث والسياحة", "Heritage and Tourism", "Heritage and Tourism"), Ministry("الثقافة والسياحة", "Culture and Tourism", "Culture and Tourism"),
    Ministry("التجهيز والماء", "Equipment and Water", "Equipment and Water"), Ministry("الانتقال الرقمي", "Digital Transition", "Digital Transition"),
    Ministry("إعداد التراب الوطني", "Land Planning", "National Land Planning"), Ministry("الفلاحة", "Agriculture", "Agriculture"), Ministry("العمرة", "Umrah", "Umrah"), Ministry("الرياضة", "Sports", "Sports"), Ministry("الشباب", "Youth", "Youth"), Ministry("السكان", "Population", "Population"),
    Ministry("الإصلاح الزراعي", "Agrarian Reform", "Agrarian Reform"), Ministry("الاقتصاد الوطني", "National Economy", "National Economy"),
)
# English spellings that name the same ministry.
MINISTRY_SYNONYMS = {"Defence": ("Defence", "Defense"), "Trade": ("Trade", "Commerce"), "Labour": ("Labour", "Labor"), "Foreign": ("Foreign",)}
# A country's foreign or defence ministry may go by another name in English.
SPECIAL_MINISTRY_NAMES = {
    ("US", "Foreign"): ("State Department", "US State Department", "Department of State", "U.S. State Department"),
    ("US", "Defence"): ("Pentagon", "Defense Department", "US Defense Department", "Department of Defense"),
    ("British", "Foreign"): ("Foreign Office", "British Foreign Office", "Foreign, Commonwealth and Development Office"),
    ("US", "Treasury"): ("Treasury Department", "US Treasury Department", "U.S. Treasury Department", "Department of the Treasury",
                         "US Department of the Treasury", "US Treasury", "U.S. Treasury"),
}

NATIONAL_BODIES = (
    # English names a country's central bank after the country, not its adjective ("Central Bank of Jordan").
    NationalBody("البنك المركزي", "Central Bank", ("Central Bank of {country}", "{nat} Central Bank", "{country}'s central bank", "{nat} central bank")),
    NationalBody("المصرف المركزي", "Central Bank", ("Central Bank of {country}", "{nat} Central Bank", "{country}'s central bank", "{nat} central bank")),
    NationalBody("الجيش", "army", ("{nat} army", "{nat} military", "{country}'s army", "{country}'s military", "{nat} armed forces", "{nat} Army")),
    NationalBody("الرئاسة", "presidency", ("{nat} presidency", "{country}'s presidency", "{nat} Presidency")),
    NationalBody("رئاسة الجمهورية", "presidency", ("{nat} presidency", "{country}'s presidency", "{nat} Presidency")),
    NationalBody("وكالة الأنباء", "News Agency", ("{nat} News Agency", "{nat} news agency", "{country}'s news agency", "{nat} state news agency")),
    NationalBody("مجلس النواب", "Parliament", ("{nat} House of Representatives", "{country}'s House of Representatives", "{nat} Parliament", "{nat} parliament", "{country}'s parliament", "{nat} Chamber of Deputies", "{nat} Council of Representatives", "{country}'s Council of Representatives", "{nat} lower house", "{country}'s lower house", "House of Representatives")),
    NationalBody("البرلمان", "Parliament", ("{nat} Parliament", "{nat} parliament", "{country}'s parliament")),
    NationalBody("مجلس الأمة", "National Assembly", ("{nat} National Assembly", "{country}'s National Assembly", "{nat} parliament")),
    NationalBody("مجلس الشورى", "Shura Council", ("{nat} Shura Council", "{country}'s Shura Council")),
    NationalBody("مجلس الوزراء", "Cabinet", ("{nat} Cabinet", "{nat} cabinet", "{country}'s Cabinet", "{country}'s cabinet", "{nat} Council of Ministers", "Council of Ministers", "cabinet")),
    NationalBody("الجمارك", "Customs", ("{nat} Customs", "{nat} customs", "{country}'s customs", "{nat} customs authority")),
    NationalBody("المحكمة العليا", "Supreme Court", ("{nat} Supreme Court", "{country}'s Supreme Court", "Supreme Court")),
    NationalBody("المحكمة الاتحادية العليا", "Federal Supreme Court", ("{nat} Federal Supreme Court", "Federal Supreme Court")),
    # "مدير عام الأمن العام اللبناني": Lebanon's and Jordan's security directorates.
    NationalBody("الأمن العام", "General Security", ("{nat} General Security", "{country}'s General Security", "{nat} General Security Directorate",
                                                     "{nat} Public Security Directorate", "{nat} Public Security", "General Security", "Public Security Directorate")),
    NationalBody("مجلس الأعيان", "Senate", ("{nat} Senate", "{country}'s Senate", "{nat} upper house", "{country}'s upper house", "Senate")),
    NationalBody("مجلس الشيوخ", "Senate", ("{nat} Senate", "{country}'s Senate", "{nat} upper house", "Senate")),
    NationalBody("مجلس المستشارين", "House of Councillors", ("{nat} House of Councillors", "{country}'s House of Councillors", "{nat} upper house")),
    NationalBody("الإذاعة", "Radio", ("{nat} Radio", "{nat} radio", "{nat} state radio", "{nat} national radio", "{country}'s state radio", "{country}'s radio", "{country} Radio")),
    NationalBody("التلفزيون", "Television", ("{nat} Television", "{nat} television", "{nat} TV", "{nat} state TV", "{nat} state television", "{country}'s state TV", "{country}'s state television", "{country} TV")),
    NationalBody("التلفزة", "Television", ("{nat} Television", "{nat} television", "{nat} TV", "{nat} state TV", "{nat} state television", "{country}'s state TV", "{country}'s state television")),
    NationalBody("الإذاعة والتلفزيون", "Radio", ("{nat} Radio and Television", "{nat} state broadcaster", "{country}'s state broadcaster", "{nat} radio and television")),
    NationalBody("المحكمة الدستورية", "Constitutional Court", ("{nat} Constitutional Court", "{country}'s Constitutional Court", "Constitutional Court")),
    NationalBody("الشرطة", "police", ("{nat} police", "{country}'s police", "{nat} Police")),
    NationalBody("الجهاز المركزي للإحصاء", "Central Bureau of Statistics", ("{nat} Central Bureau of Statistics", "{country}'s statistics bureau", "{nat} statistics agency")),
)
# Bodies named without a nationality that news still treats as a named source. A cabinet without
# its country ("مجلس الوزراء") is generic, like "الحكومة": the data sets do not annotate it.
BARE_BODIES = (
    BareBody("رئاسة الجمهورية", ("Presidency", "presidency", "the presidency")),
    BareBody("مجلس الأعيان", ("Senate", "House of Notables", "upper house")),
    BareBody("مجلس الشيوخ", ("Senate", "upper house")),
)
