/**
 * Traditional characters a mirror page prints (已開工67所, 全國棚戶區改造, 順利完成年度目標任務), read as the simplified
 * ones the rules are written in, and the pinyin such a page glosses characters with (已(yǐ)開(kāi)工), which splits the
 * words the rules read. Every text the judge reads goes through here once — the 完成情况, the 目标任务 and the row's
 * name alike — so no rule has to know both scripts.
 *
 * The table holds the characters of government reports whose traditional form differs (one to one; the few that
 * split in two, 後/后 and 復/复, take the sense reports use). Characters not in it are left as written.
 */
const TRADITIONAL_CHARS =
  '個項處戶條萬億開動辦結實現進還設劃計規達畢過總於為與產區縣務驗這將預爭經從餘續護專業學數麵積資發準標滯後緩較啟' +
  '國鎮長點順鄉議題復農費財舊礦營職網綱綠統級簡礎確獲滿樹檢條際陰濕寬對屆參們佔約決據時會類舉構極楊顯攀撫掛撥執張問' +
  '墾別見觀記調詢評貢贈還閑聞門鍵量歲這進運連遠適選還郵鄰醫釋銷錄鋼鐵長間關陽際隊隨險雙雜雖電靈響頁頂項順須頒預領頻' +
  '題額風飛館駐騰體高鬥黨齊龍協單衛廠廣廢廳彈徑徵態應懷戰擁擇擔據擴擬損換揮搶攜敗敵斷暫書會業極構樣橋機權歷歸毀氣' +
  '漢湧準滅滬濟灣熱無營爭燈燒犧獎環現產畫畝療盡監盤眾碼礙禮稅穩窮競筆築節範糧紀約紅紓純紙級紛細終組織結絕給絡統絲' +
  '維綜綫緊線練組續繼罰義習聯聲聽膽脅脫腦臨興舉艱藝節範華薦藥蘇號衝補裝製複襲覆見規視覽親訂計討訓託記訪許設訴診' +
  '證評識詳試詩該誠認誤說請諸課談調論諮講謀識譜警譯議護讓讀變財貨貧責貼費貿資賓賞賠賣質購賴贊趙趨躍輕載輪輸輯轉辦' +
  '辭遲遷邊郵鄉醫鈔銀錢錯鍛鎮鏈長門閉開閒間閱闊闖隊階際陸陳險隨隱雜難雲電需靜頭頓頗領頭顧顯飯飲養餐驅驗髮鬧鮮鳥鹽' +
  '麥黃齡創倉傳債傷價儲儘優償兒內兩冊劑劉勞勢勵區協衛厲壓縣參雙發叢員問啟喚團園圍圖圓場壞壟壩壯夢夾奪獎婦媽孫寧審' +
  '寫寶屬層岡峽嶺幣帥師帳幫幹廟廠廣庫廬彙徹態憲懲懸戲戶拋挾捨掃擋據擊擾攤數斃斬於時晉曉暈曆書朧東條桿棄棟棧棲楓榮' +
  '槍樂標樓樞歐殘殺毆氈氫決沒溝準溫滅漲漁潔潤澀濤濱濾瀏灘災煉煙熾爐爺牆狀獄獨獻琺瑋環璽甕畢畫當疊瘡癢皚盜盞碩礦礫' +
  '祕稱穀窩竄竊筍範篩籌簽籃糞紜紡紹絨絢綁綏綢綫緒締緯緬縮縱總績繪繩繳纖缽罷羅羥翹聖聞聰職肅膚膠腎腸膩膿臉臍臘艙芻' +
  '莊莖莢蒞蒼蓋蓮蔔蔣蕭薑薩藍蘆蘭處虛蟲蠟衊補襯裡褲襪覺訊訣詐詞詢詭誕誇誌誦誼諒諾謁謊謙謝譏譴豐貞負貢貪販貫貯貴貸' +
  '貶賀賄賊賑賒賦賬賺贏趕軌軍軒軟軸較輔輛輝輩輿轄轎轟辯農邏鄭醞釀釘針鈍鈴鉛銅銘銳鋪鋒鋤鋸錦鍋鍵鎖鏡鐘鑄鑑閃閘閣閥' +
  '闆闡隕隸雞離霧頃項順須頌預頑頒頗頸頻顆顏額願類顛顫飄飢飼飽飾餅餓餘館饋馬馭馮馳駁駕駛駝騎騙騷驕驚驟髒魚鯨鳴鴨鴻' +
  '鵝鶴麗黴黨鼎齒齡龜' +
  '報導種違術來並係備僅嚴塊幾遞註陣遺測漸澤勝噸墊憑擺檔欄歡牽樁尋壽葉偉側剛匯慮佈啓爲讚衆麼裏鳳韓鋁籤傢勻嘆壘彎攔敘斂曬棗滾潛濃瀝灑禍窯緣緻腳蝕詠倫偵劍勁湯猶瑣';
const SIMPLIFIED_CHARS =
  '个项处户条万亿开动办结实现进还设划计规达毕过总于为与产区县务验这将预争经从余续护专业学数面积资发准标滞后缓较启' +
  '国镇长点顺乡议题复农费财旧矿营职网纲绿统级简础确获满树检条际阴湿宽对届参们占约决据时会类举构极杨显攀抚挂拨执张问' +
  '垦别见观记调询评贡赠还闲闻门键量岁这进运连远适选还邮邻医释销录钢铁长间关阳际队随险双杂虽电灵响页顶项顺须颁预领频' +
  '题额风飞馆驻腾体高斗党齐龙协单卫厂广废厅弹径征态应怀战拥择担据扩拟损换挥抢携败敌断暂书会业极构样桥机权历归毁气' +
  '汉涌准灭沪济湾热无营争灯烧牺奖环现产画亩疗尽监盘众码碍礼税稳穷竞笔筑节范粮纪约红纾纯纸级纷细终组织结绝给络统丝' +
  '维综线紧线练组续继罚义习联声听胆胁脱脑临兴举艰艺节范华荐药苏号冲补装制复袭覆见规视览亲订计讨训托记访许设诉诊' +
  '证评识详试诗该诚认误说请诸课谈调论咨讲谋识谱警译议护让读变财货贫责贴费贸资宾赏赔卖质购赖赞赵趋跃轻载轮输辑转办' +
  '辞迟迁边邮乡医钞银钱错锻镇链长门闭开闲间阅阔闯队阶际陆陈险随隐杂难云电需静头顿颇领头顾显饭饮养餐驱验发闹鲜鸟盐' +
  '麦黄龄创仓传债伤价储尽优偿儿内两册剂刘劳势励区协卫厉压县参双发丛员问启唤团园围图圆场坏垄坝壮梦夹夺奖妇妈孙宁审' +
  '写宝属层冈峡岭币帅师帐帮干庙厂广库庐汇彻态宪惩悬戏户抛挟舍扫挡据击扰摊数毙斩于时晋晓晕历书胧东条杆弃栋栈栖枫荣' +
  '枪乐标楼枢欧残杀殴毡氢决没沟准温灭涨渔洁润涩涛滨滤浏滩灾炼烟炽炉爷墙状狱独献珐玮环玺瓮毕画当叠疮痒皑盗盏硕矿砾' +
  '秘称谷窝窜窃笋范筛筹签篮粪纭纺绍绒绚绑绥绸线绪缔纬缅缩纵总绩绘绳缴纤钵罢罗羟翘圣闻聪职肃肤胶肾肠腻脓脸脐腊舱刍' +
  '庄茎荚莅苍盖莲卜蒋萧姜萨蓝芦兰处虚虫蜡蔑补衬里裤袜觉讯诀诈词询诡诞夸志诵谊谅诺谒谎谦谢讥谴丰贞负贡贪贩贯贮贵贷' +
  '贬贺贿贼赈赊赋账赚赢赶轨军轩软轴较辅辆辉辈舆辖轿轰辩农逻郑酝酿钉针钝铃铅铜铭锐铺锋锄锯锦锅键锁镜钟铸鉴闪闸阁阀' +
  '板阐陨隶鸡离雾顷项顺须颂预顽颁颇颈频颗颜额愿类颠颤飘饥饲饱饰饼饿余馆馈马驭冯驰驳驾驶驼骑骗骚骄惊骤脏鱼鲸鸣鸭鸿' +
  '鹅鹤丽霉党鼎齿龄龟' +
  '报导种违术来并系备仅严块几递注阵遗测渐泽胜吨垫凭摆档栏欢牵桩寻寿叶伟侧刚汇虑布启为赞众么里凤韩铝签家匀叹垒弯拦叙敛晒枣滚潜浓沥洒祸窑缘致脚蚀咏伦侦剑劲汤犹琐';

const TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const traditional = [...TRADITIONAL_CHARS];
  const simplifiedChars = [...SIMPLIFIED_CHARS];
  const map = new Map<string, string>();
  traditional.forEach((char, i) => {
    const simple = simplifiedChars[i];
    if (simple !== undefined && simple !== char) map.set(char, simple);
  });
  return map;
})();

/** The pinyin a mirror page puts after a character, (kāi) or (zhen4). */
const PINYIN_GLOSS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[1-5]?[)）]/gu;

/** The words as the rules read them: simplified characters, no pinyin glosses. */
export function simplified(text: string): string {
  return text.replace(PINYIN_GLOSS, '').replace(/[\u3400-\u9fff]/gu, (char) => TRADITIONAL.get(char) ?? char);
}

/** For the table's own test: both strings must run in step. */
export const TRADITIONAL_TABLE_SIZES = { traditional: [...TRADITIONAL_CHARS].length, simplified: [...SIMPLIFIED_CHARS].length };
