/**
 * A person's name as tables write it in a 责任人 column: a common surname and one or two more characters
 * (陈志刚, 孙　丽), or several joined by 、. The surname is the evidence: 已完成 or 推进中 are as short, but
 * no one is called 已 or 推.
 */

/** The most common Chinese surnames (about 90% of people), single characters; 欧阳 and the like are matched too. */
const SURNAMES = new Set([...
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
]);
const COMPOUND = /^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|夏侯|轩辕|令狐|宇文|司徒|端木)/;
/**
 * Words that start with a surname character but are no one's name (单位, 任务, 项目, 方向, 高度 …), places among them
 * (云川市, 高新区, 石岭县: a place ends as places do, a person's given name hardly ever so).
 */
const NOT_A_NAME = /(市|县|区|镇|乡|街道|局|委|办|科|室|股|所|站|队|中心|公司|政府|完成|推进|开工|进行|已|未|正在|年|月|日|万|亿|元|个|人次|%|务|位|目|向|度|额|量|数|率|值|标|级|类|型|别|称|容|项|求|限|间|况|展|施|果|效|注|号|次|划|计|期|段|分|费|金|资)$/;

function isOneName(text: string): boolean {
  const name = text.replace(/[\s·•]/g, '');
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name) || NOT_A_NAME.test(name)) return false;
  if (COMPOUND.test(name)) return name.length >= 3;
  return SURNAMES.has(name[0]) && name.length <= 3;
}

/** One or more names (张伟、李明 / 张伟,李明 / 张伟 李明). */
export function isPersonName(text: string): boolean {
  if (isOneName(text)) return true;
  const parts = text.split(/[、,，;；/]+|\s{1,}(?=[\u4e00-\u9fff]{2})/).filter((part) => part.trim() !== '');
  return parts.length >= 2 && parts.length <= 6 && parts.every(isOneName);
}
