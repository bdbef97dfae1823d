"""Western given names and surnames in their usual Arabic spellings, and their English forms.

Arabic news writes foreign people letter by letter (إنغريد لارسن, ريبيكا كولينز), and neither the
name dictionary (its Wikidata labels are Arab people's) nor the letter rules, made for Arabic
words, spell them back: they gave "Anagharid Larasn" and "Rebecca Koulinz". This is the few hundred
most common given names of the English-, French-, German-, Italian-, Spanish-, Portuguese-,
Nordic- and Russian-speaking countries and the commonest surnames of each, each under the Arabic
spellings the press uses (ج or غ for g, ك for k).

Left out: forms that are also Arabic words once folded (روس "Russians", ستون "sixty", فور
"at once", وارد "possible", أليس "is it not", آن "now", روي "narrated", ميته "dead", دوران
"rotation", راسل "wrote to"), month names (مارس, ماي) and country names (جورجيا).
"""

from __future__ import annotations

# "Arabic spelling/another spelling": "English spelling, most usual first, and variants".
_GIVEN = {
    # English
    "جيمس": "James", "جون": "John Jon", "روبرت": "Robert", "مايكل": "Michael", "وليام/ويليام": "William",
    "ديفيد/ديفد": "David", "ريتشارد": "Richard", "توماس": "Thomas Tomas", "تشارلز": "Charles", "كريستوفر": "Christopher",
    "دانيال/دانييل": "Daniel", "ماثيو": "Matthew", "أنتوني": "Antony Anthony", "مارك": "Mark Marc", "دونالد": "Donald",
    "ستيفن/ستيفين": "Stephen Steven", "بول": "Paul", "أندرو": "Andrew", "كينيث": "Kenneth", "كيفن/كيفين": "Kevin",
    "براين/برايان": "Brian Bryan", "تيموثي": "Timothy", "رونالد": "Ronald", "إدوارد": "Edward", "جيسون": "Jason",
    "جيفري": "Jeffrey Geoffrey", "رايان/ريان": "Ryan", "غاري/جاري": "Gary", "نيكولاس": "Nicholas Nicolas", "إريك": "Eric Erik",
    "جوناثان": "Jonathan", "لاري": "Larry", "جاستن": "Justin", "سكوت": "Scott", "براندون": "Brandon", "بنيامين": "Benjamin",
    "صموئيل": "Samuel", "غريغوري/جريجوري": "Gregory", "فرانك": "Frank", "ريموند": "Raymond", "باتريك": "Patrick",
    "جاك": "Jacques Jack", "دينيس": "Dennis Denis Denise", "جيري": "Jerry", "آرون": "Aaron", "هنري": "Henri Henry",
    "بيتر": "Peter", "ناثان": "Nathan", "دوغلاس/دوجلاس": "Douglas", "والتر": "Walter", "هارولد": "Harold", "كارل": "Carl Karl",
    "جيريمي": "Jeremy", "كيث": "Keith", "روجر": "Roger", "جيرالد": "Gerald", "إيثان": "Ethan", "آرثر": "Arthur",
    "تيري": "Terry", "كريستيان": "Christian", "شون": "Sean Shaun", "لورانس": "Lawrence Laurence", "أوستن": "Austin",
    "جو": "Joe", "نوح": "Noah", "ألبرت/ألبير": "Albert", "بروس": "Bruce", "ديلان": "Dylan", "ألان/آلان": "Alain Alan",
    "رالف": "Ralph", "غابرييل/جابرييل": "Gabriel", "واين": "Wayne", "يوجين": "Eugene", "فنسنت/فينسنت": "Vincent",
    "فيليب": "Philippe Philip", "جوني": "Johnny", "توني": "Tony", "هوغو/هوجو": "Hugo", "أوليفر": "Oliver", "ماكس": "Max",
    "ليام": "Liam", "أليكس": "Alex", "ألكسندر": "Alexander Aleksandr", "ألفريد": "Alfred", "جوزيف/جوزف": "Joseph",
    "إيلون": "Elon", "مارتن": "Martin", "كريس": "Chris", "نيك": "Nick", "إيان": "Ian", "نيل": "Neil", "غوردون/جوردون": "Gordon",
    "ماري": "Marie Mary", "باتريشيا": "Patricia", "جينيفر": "Jennifer", "ليندا": "Linda", "إليزابيث": "Elizabeth",
    "باربرا": "Barbara", "سوزان": "Susan Suzanne", "جيسيكا": "Jessica", "كارين": "Karin Karen", "نانسي": "Nancy",
    "ليزا": "Lisa", "مارغريت/مارجريت": "Margaret", "ساندرا": "Sandra", "إميلي/إيميلي": "Emily Emilie", "دونا": "Donna",
    "ميشيل": "Michel Michelle", "كارول": "Carol Carole", "أماندا": "Amanda", "ميليسا": "Melissa", "ديبورا": "Deborah",
    "ستيفاني": "Stephanie", "ريبيكا/ربيكا": "Rebecca", "لورا": "Laura", "شارون": "Sharon", "سينثيا": "Cynthia",
    "كاثلين": "Kathleen", "إيمي": "Amy", "أنجيلا/أنغيلا/انجيلا": "Angela", "هيلين": "Helen Helene", "بريندا": "Brenda",
    "باميلا": "Pamela", "نيكول": "Nicole", "إيما": "Emma", "سامانثا": "Samantha", "كاثرين/كاترين": "Catherine Katherine Kathryn",
    "كريستين": "Christine Kristin", "راشيل": "Rachel", "جانيت": "Janet", "روث": "Ruth", "هيذر": "Heather", "ديان": "Diane",
    "فيكتوريا": "Victoria", "أوليفيا": "Olivia", "لورين": "Lauren", "ميغان/ميجان": "Megan", "هانا": "Hannah Hanna",
    "جاكلين": "Jacqueline", "غلوريا/جلوريا": "Gloria", "ديانا": "Diana", "شارلوت": "Charlotte", "غريس/جريس": "Grace",
    "كامالا": "Kamala", "هيلاري": "Hillary", "جوليا": "Julia", "جولي": "Julie", "صوفي": "Sophie", "كلير": "Claire Clare",
    "كيت": "Kate", "لوسي": "Lucy", "آنا": "Anna Ana", "إيزابيل": "Isabelle Isabel", "كارولين": "Caroline",
    # French
    "جان": "Jean Jan", "بيير": "Pierre", "ميشال": "Michel", "نيكولا": "Nicolas", "كريستوف": "Christophe", "برنار": "Bernard",
    "فريدريك": "Frederic Frederick", "لوران": "Laurent", "ستيفان": "Stephane Stefan", "أوليفييه": "Olivier",
    "تييري": "Thierry", "جوليان": "Julien", "سيباستيان": "Sebastien Sebastian", "إيمانويل": "Emmanuel", "فرانسوا": "Francois François",
    "ديدييه": "Didier", "جيرار": "Gerard", "إيف": "Yves", "إيرفيه": "Herve", "غيوم": "Guillaume", "أندريه": "Andre Andrei",
    "ناتالي": "Nathalie Natalie", "سيلفي": "Sylvie", "مارتين": "Martine", "فاليري": "Valerie", "ساندرين": "Sandrine",
    "سيلين": "Celine", "كاميل": "Camille", "أوريلي": "Aurelie", "فلورنس": "Florence", "بريجيت": "Brigitte", "مارين": "Marine",
    "جاكي": "Jacky", "لويس": "Luis Louis", "جوزيه": "Jose",
    # German, Dutch and Nordic
    "هانز/هانس": "Hans", "كلاوس": "Klaus", "يورغن/يورجن": "Jurgen", "فولفغانغ": "Wolfgang", "أولاف": "Olaf",
    "فريدريش": "Friedrich", "هاينريش": "Heinrich", "ماركوس": "Markus Marcus", "أندرياس": "Andreas", "ماتياس": "Matthias",
    "ديتر": "Dieter", "هيلموت": "Helmut", "غيرهارد/جيرهارد": "Gerhard", "أورسولا": "Ursula",
    "أنالينا": "Annalena", "بيرغيت": "Birgit", "أستريد": "Astrid", "غريتا/جريتا": "Greta", "إلسا": "Elsa",
    "هايدي": "Heidi", "كاتارينا": "Katarina Katharina", "سابينه": "Sabine", "لارس": "Lars", "أندرس": "Anders", "هنريك": "Henrik",
    "نيلس": "Nils", "ماغنوس": "Magnus", "سفين": "Sven", "بيورن": "Bjorn", "يوناس": "Jonas", "ميكائيل": "Mikael",
    "راسموس": "Rasmus", "إنغريد/إنجريد": "Ingrid", "سيغريد": "Sigrid", "يان": "Jan", "يوهان": "Johan",
    "فريدريكسن": "Frederiksen",
    # Italian, Spanish and Portuguese
    "جوزيبي": "Giuseppe", "جوفاني/جيوفاني": "Giovanni", "أنطونيو": "Antonio", "ماريو": "Mario", "لويجي": "Luigi",
    "فرانشيسكو": "Francesco", "أنجيلو": "Angelo", "فينتشنزو": "Vincenzo", "بيترو": "Pietro", "سالفاتوري": "Salvatore",
    "كارلو": "Carlo", "فرانكو": "Franco", "دومينيكو": "Domenico", "برونو": "Bruno", "باولو": "Paolo Paulo", "جورجيو": "Giorgio",
    "سيرجيو": "Sergio", "ماركو": "Marco", "لوكا": "Luca", "ماتيو": "Matteo Mathieu", "أليساندرو": "Alessandro",
    "أندريا": "Andrea", "لورينزو": "Lorenzo", "ستيفانو": "Stefano", "روبرتو": "Roberto", "فابيو": "Fabio", "فيديريكو": "Federico",
    "فرانشيسكا": "Francesca", "كيارا": "Chiara", "فالنتينا": "Valentina", "سيلفيا": "Silvia", "باولا": "Paola Paula",
    "مانويل": "Manuel", "فرانسيسكو": "Francisco", "خوان": "Juan", "خافيير": "Javier",
    "خيسوس": "Jesus", "كارلوس": "Carlos", "ميغيل/ميجيل": "Miguel", "رافائيل/رافاييل": "Rafael", "بيدرو": "Pedro",
    "بابلو": "Pablo", "أليخاندرو": "Alejandro", "فرناندو": "Fernando", "ألبرتو": "Alberto", "دييغو/دييجو": "Diego",
    "رودريغو/رودريجو": "Rodrigo", "راؤول": "Raul", "إنريكي": "Enrique", "رامون": "Ramon", "أندريس": "Andres",
    "ألفونسو": "Alfonso", "خوسيه": "Jose José", "كارمن": "Carmen", "لوسيا": "Lucia", "مارتا": "Marta", "روزا": "Rosa",
    "كريستينا": "Cristina Christina", "صوفيا": "Sofia Sophia", "تيريزا": "Teresa Theresa", "غابرييلا/جابرييلا": "Gabriela",
    "ماريانا": "Mariana", "ماريا": "Maria", "جواو": "Joao", "لولا": "Lula",
    # Russian and other Slavic
    "إيفان": "Ivan", "سيرغي/سيرجي": "Sergei Sergey", "ديمتري": "Dmitry Dmitri", "فلاديمير": "Vladimir",
    "أليكسي": "Alexei Alexey", "ميخائيل": "Mikhail", "نيكولاي": "Nikolai", "يوري": "Yuri", "أوليغ": "Oleg", "فيكتور": "Viktor Victor",
    "بوريس": "Boris", "إيغور": "Igor", "بافيل": "Pavel", "فولوديمير": "Volodymyr", "أولغا": "Olga", "ناتاليا": "Natalia",
    "تاتيانا": "Tatiana", "سفيتلانا": "Svetlana", "إيرينا": "Irina", "إيلينا": "Elena Yelena", "أناستاسيا": "Anastasia",
    "ألكسندرا": "Alexandra",
}
_SURNAMES = {
    # English-speaking countries
    "سميث": "Smith", "جونسون": "Johnson", "ويليامز/وليامز": "Williams", "براون": "Brown Braun", "جونز": "Jones",
    "ميلر": "Miller", "ديفيس": "Davis", "ويلسون": "Wilson", "أندرسون": "Anderson Andersson", "تايلور": "Taylor",
    "جاكسون": "Jackson", "طومسون/تومسون": "Thompson", "وايت": "White", "هاريس": "Harris", "كلارك": "Clark Clarke",
    "روبنسون": "Robinson", "ووكر": "Walker", "يونغ": "Young", "ألين": "Allen", "كينغ": "King", "رايت": "Wright",
    "غرين/جرين": "Green", "بيكر": "Baker Becker", "آدامز": "Adams", "نيلسون": "Nelson Nilsson", "كامبل": "Campbell",
    "ميتشل": "Mitchell", "روبرتس": "Roberts", "كارتر": "Carter", "فيليبس": "Phillips", "إيفانز": "Evans", "تيرنر": "Turner",
    "باركر": "Parker", "كولينز": "Collins", "إدواردز": "Edwards", "ستيوارت": "Stewart Stuart", "موريس": "Morris Maurice",
    "مورفي": "Murphy", "روجرز": "Rogers", "مورغان/مورجان": "Morgan", "كوبر": "Cooper", "بيترسون": "Peterson",
    "بيلي": "Bailey", "كيلي": "Kelly", "هوارد": "Howard", "ريتشاردسون": "Richardson", "واتسون": "Watson",
    "بروكس": "Brooks", "بينيت": "Bennett", "هيوز": "Hughes", "برايس": "Price", "ساندرز": "Sanders", "فوستر": "Foster",
    "باول": "Powell", "جينكينز": "Jenkins", "بيري": "Perry", "كولمان": "Coleman", "بتلر": "Butler", "هندرسون": "Henderson",
    "بارنز": "Barnes", "غراهام/جراهام": "Graham", "هاميلتون": "Hamilton", "والاس": "Wallace", "كينيدي": "Kennedy",
    "أوبراين": "O'Brien", "والش": "Walsh", "موراي": "Murray", "بلير": "Blair", "بالمر": "Palmer", "هولمز": "Holmes",
    "بيرنز": "Burns", "فوكس": "Fox Fuchs", "هانت": "Hunt", "ماكدونالد": "MacDonald McDonald",
    # German and Dutch
    "مولر": "Muller Mueller", "شميت/شميدت": "Schmidt", "شنايدر": "Schneider", "فيشر": "Fischer Fisher",
    "فيبر/ويبر": "Weber", "ماير": "Meyer Maier Mayer", "فاغنر/واغنر/فاجنر": "Wagner", "شولتز/شولتس": "Schulz Scholz",
    "هوفمان": "Hoffmann Hofmann", "شيفر": "Schafer Schaefer", "كوخ": "Koch", "باور": "Bauer", "ريختر": "Richter",
    "كلاين": "Klein", "شرودر": "Schroder Schroeder", "نيومان/نويمان": "Neumann Newman", "شفارتس/شوارتز": "Schwarz Schwartz",
    "زيمرمان": "Zimmermann", "كروغر/كروجر": "Kruger", "هارتمان": "Hartmann Hartman", "لانغه": "Lange", "فيرنر": "Werner",
    "كراوزه": "Krause", "ليمان": "Lehmann", "كايزر": "Kaiser", "ميركل": "Merkel", "فايس": "Weiss", "يانسن": "Jansen Janssen",
    "باكر": "Bakker", "فيسر": "Visser", "مولدر": "Mulder", "بيترز": "Peeters Peters",
    # French
    "مارتان": "Martin", "دوبوا": "Dubois", "روبير": "Robert", "ريشار": "Richard", "بوتي": "Petit",
    "لوروا": "Leroy", "مورو": "Moreau", "سيمون": "Simon", "لوفيفر": "Lefebvre", "دافيد": "David", "برتران": "Bertrand",
    "فانسان": "Vincent", "فورنييه": "Fournier", "مرسييه": "Mercier", "دوبون": "Dupont",
    "لامبير": "Lambert", "بونيه": "Bonnet", "لوغران": "Legrand", "غارنييه": "Garnier", "روسو": "Rousseau Russo",
    "بلان": "Blanc", "موران": "Morin", "كليمان": "Clement", "غوتييه": "Gauthier", "دومون": "Dumont", "فونتين": "Fontaine",
    "شوفالييه": "Chevalier", "روبان": "Robin", "لومير": "Lemaire",
    # Italian
    "فيراري": "Ferrari", "إسبوزيتو": "Esposito", "بيانكي": "Bianchi", "رومانو": "Romano", "كولومبو": "Colombo",
    "ريتشي": "Ricci", "مارينو": "Marino", "غريكو": "Greco", "غالو": "Gallo", "كونتي": "Conti Conte", "مانشيني": "Mancini",
    "كوستا": "Costa", "جوردانو": "Giordano", "ريزو": "Rizzo", "لومباردي": "Lombardi", "موريتي": "Moretti",
    "فونتانا": "Fontana", "كاروزو": "Caruso", "فيرارا": "Ferrara", "مارتيني": "Martini", "بيليني": "Bellini",
    "أورلاندو": "Orlando", "بيليغريني": "Pellegrini", "مونتي": "Monti",
    # Spanish and Portuguese
    "غارسيا/جارسيا": "Garcia", "رودريغيز/رودريجيز/رودريغز": "Rodriguez Rodrigues", "غونزاليس/جونزاليس/غونزاليز": "Gonzalez",
    "فرنانديز/فيرنانديز": "Fernandez", "لوبيز/لوبيث": "Lopez", "مارتينيز/مارتينيث": "Martinez", "سانشيز/سانشيث": "Sanchez",
    "بيريز/بيريث": "Perez", "غوميز/جوميز": "Gomez", "خيمينيز": "Jimenez", "رويز": "Ruiz", "هيرنانديز/هرنانديز": "Hernandez",
    "دياز": "Diaz", "مورينو": "Moreno", "ألفاريز": "Alvarez", "مونيوز": "Munoz", "روميرو": "Romero", "ألونسو": "Alonso",
    "غوتيريز": "Gutierrez", "نافارو": "Navarro", "توريس": "Torres", "دومينغيز": "Dominguez", "فاسكيز": "Vazquez",
    "راموس": "Ramos", "راميريز": "Ramirez", "سيرانو": "Serrano", "بلانكو": "Blanco", "سواريز": "Suarez", "مولينا": "Molina",
    "كاسترو": "Castro", "أورتيغا/أورتيجا": "Ortega", "ديلغادو": "Delgado", "موراليس": "Morales", "أورتيز": "Ortiz",
    "روبيو": "Rubio", "إغليسياس": "Iglesias", "كونتريراس": "Contreras", "سيلفا": "Silva", "سانتوس": "Santos",
    "أوليفيرا": "Oliveira", "بيريرا": "Pereira", "فيريرا": "Ferreira", "ألميدا": "Almeida", "سوزا": "Sousa Souza",
    "كارفاليو": "Carvalho",
    # Nordic
    "هانسن": "Hansen", "يوهانسن": "Johansen", "أولسن": "Olsen", "لارسن": "Larsen", "أندرسن": "Andersen", "بيدرسن": "Pedersen",
    "نيلسن": "Nielsen Nilsen", "كريستيانسن": "Christiansen Kristiansen", "ينسن": "Jensen", "كارلسن": "Carlsen Karlsen",
    "إريكسن": "Eriksen", "ياكوبسن": "Jacobsen", "يورغنسن/يورجنسن": "Jorgensen", "سورنسن/سورينسن": "Sorensen",
    "راسموسن": "Rasmussen", "كريستنسن": "Christensen", "مادسن": "Madsen", "يوهانسون": "Johansson", "كارلسون": "Karlsson Carlson",
    "إريكسون": "Eriksson Ericsson", "لارسون": "Larsson Larson", "أولسون": "Olsson", "بيرسون": "Persson", "سفينسون": "Svensson",
    "غوستافسون": "Gustafsson", "ليندبرغ": "Lindberg", "فيرتانين": "Virtanen",
    # Russian and other Slavic
    "إيفانوف": "Ivanov", "سميرنوف": "Smirnov", "كوزنيتسوف": "Kuznetsov", "بوبوف": "Popov", "بتروف/بيتروف": "Petrov",
    "سوكولوف": "Sokolov", "فولكوف": "Volkov", "نوفاك": "Novak", "كوفالسكي": "Kowalski", "بابادوبولوس": "Papadopoulos",
}


def _table(raw: dict[str, str]) -> dict[str, str]:
    """Each Arabic spelling ("a/b") on its own."""
    return {form: english for forms, english in raw.items() for form in forms.split("/")}


WESTERN_GIVEN_NAMES = _table(_GIVEN)
WESTERN_SURNAMES = {k: v for k, v in _table(_SURNAMES).items() if k not in WESTERN_GIVEN_NAMES}
