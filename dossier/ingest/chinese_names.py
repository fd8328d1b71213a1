"""Chinese persons' names as English texts write them in pinyin: the family name first, then the given name of one
or two syllables written as one word ("Xi Jinping", "Li Keqiang", "Liu Hong").

Most of these words mean nothing to the English rules: a frequency list counts a famous bearer's syllables as
common ("Xi" 4.1), a given-name list has few of them, and "Hong" opens "Hong Kong". What marks the name is its
shape: every part is a pinyin syllable, a shape few English words have.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import KNOWN_FIRMS, word_set
from dossier.ingest.names import is_chinese_surname

# The syllables of Mandarin in pinyin, without tone marks ("lü" is written "lv" or "lu" in names).
PINYIN_SYLLABLES = word_set(
    """
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
    cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
    cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e
    ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
    guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
    jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
    kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun
    luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei
    nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi
    pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re
    ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei
    shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang
    tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian
    xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za
    zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai
    zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
    """
)


def _two_syllables(word: str) -> bool:
    """'jinping' = 'jin' + 'ping'; 'xian' reads as one syllable and is not counted here."""
    return word not in PINYIN_SYLLABLES and any(
        word[:k] in PINYIN_SYLLABLES and word[k:] in PINYIN_SYLLABLES for k in range(1, len(word))
    )


# A two-syllable given name this common in English is a word or a brand first ("Tina", "Nana", "Huawei" 3.7);
# a famous bearer's name stays under it ("Jinping" 2.8).
_GIVEN_WORD = 3.5
# A one-syllable given name after a listed family name may be commoner ("Hong" 4.5, "Yang" 4.0), not a word as
# common as "long" or "fan".
_SYLLABLE_WORD = 4.6
# A family name outside the list, before a two-syllable given name, rarer than "he" or "an" as an English word.
_UNLISTED_FAMILY_WORD = 4.5


def chinese_name_at(doc: ActorDocument, first: int, last: int) -> bool:
    """A run of two words, a family name and a given name in pinyin: 'Xi Jinping' (a given name of two syllables
    after any one-syllable family name), 'Liu Hong' (of one syllable after a family name of the list)."""
    if last != first + 1:
        return False
    tokens = doc.tokens
    family, given = tokens[first], tokens[last]
    if doc.text[family.end : given.start] != " ":
        return False
    if not all(t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha() for t in (family, given)):
        return False
    if family.folded not in PINYIN_SYLLABLES:
        return False
    if first > 0 and tokens[first - 1].folded == "the":
        return False  # "the Jin Bei casino": a place or a business named in pinyin, not a person
    if doc.gazetteer.lookup((given.folded,)) is not None:
        return False  # "An Shenzhen firm", "In Beijing": a city's name after a word of one syllable
    if _two_syllables(given.folded):
        return zipf(given.folded) < _GIVEN_WORD and (
            is_chinese_surname(family.folded) or zipf(family.folded) < _UNLISTED_FAMILY_WORD
        )
    return (
        given.folded in PINYIN_SYLLABLES and is_chinese_surname(family.folded) and zipf(given.folded) < _SYLLABLE_WORD
    )


def chinese_name_opening(doc: ActorDocument, first: int) -> bool:
    """A run's first two words as a Chinese name whose family name is also an English word ("He Jiankui", "Ma
    Zhiqiang"), so that the run is not cut after the pronoun or the sentence's opener. Only before a given name
    of two syllables that is no firm's: "He Sang" in a title-case headline is a pronoun and a verb, "Sun Huawei
    phones" a word and a maker."""
    given = doc.tokens[first + 1].folded
    return chinese_name_at(doc, first, first + 1) and _two_syllables(given) and given not in KNOWN_FIRMS
