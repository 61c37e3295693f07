<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="65"/>
        <source>by DNS (your resolver does not give its address)</source>
        <translation>DNS کے ذریعے (آپ کا DNS سرور اس کا پتہ نہیں بتاتا)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="68"/>
        <source>by forged DNS answers</source>
        <translation>DNS کے جعلی جوابات کے ذریعے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="70"/>
        <source>by IP blocking (connections time out)</source>
        <translation>IP بلاک کر کے (کنکشن کا جواب ہی نہیں آتا)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="72"/>
        <source>by connection resets</source>
        <translation>کنکشن زبردستی توڑ کر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="75"/>
        <source>by a reset during the TLS handshake (SNI filtering)</source>
        <translation>TLS ہینڈ شیک کے دوران کنکشن توڑ کر (SNI فلٹرنگ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="78"/>
        <source>by interception (a certificate not valid for it)</source>
        <translation>مداخلت کر کے (ایسا سرٹیفکیٹ جو اس کے لیے درست نہیں)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="81"/>
        <source>with a blockpage</source>
        <translation>پابندی کا صفحہ دکھا کر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="84"/>
        <source>by throttling (it loads far slower than other platforms)</source>
        <translation>رفتار گھٹا کر (یہ دوسرے پلیٹ فارمز سے کہیں زیادہ آہستہ کھلتا ہے)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="113"/>
        <source>web site</source>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="114"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="115"/>
        <source>media</source>
        <translation>میڈیا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="116"/>
        <source>app connections</source>
        <translation>ایپ کنکشن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="117"/>
        <source>other hosts</source>
        <translation>دوسرے میزبان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="19"/>
        <source>The history could not be written: {0} sweep(s) waiting in memory will be saved with the next sweep. Free some disk space or check the data folder; quitting now loses them.</source>
        <translation>تاریخچہ لکھی نہیں جا سکی: میموری میں انتظار کرنے والے {0} سویپ اگلے سویپ کے ساتھ محفوظ ہوں گے۔ ڈسک پر کچھ جگہ خالی کریں یا ڈیٹا فولڈر دیکھیں؛ ابھی بند کرنے سے یہ ضائع ہو جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="22"/>
        <source>{names} is blocked {how} since {time}</source>
        <translation>{names} {time} بجے سے {how} بلاک ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="24"/>
        <source>{names}: its {parts} blocked {how} since {time}; the rest still works</source>
        <translation>{names}: اس کا {parts} {time} سے {how} بند ہے؛ باقی سب کام کر رہا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="25"/>
        <source>{names} are blocked {how} since {time}</source>
        <translation>{names} {time} بجے سے {how} بلاک ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="26"/>
        <source>{names} is throttled since {time}: it loads far slower than other platforms</source>
        <translation>{names} کی رفتار {time} بجے سے گھٹا دی گئی ہے: یہ دوسرے پلیٹ فارمز سے کہیں زیادہ آہستہ کھلتا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="28"/>
        <source>{names} are throttled since {time}: they load far slower than other platforms</source>
        <translation>{names} کی رفتار {time} بجے سے گھٹا دی گئی ہے: یہ دوسرے پلیٹ فارمز سے کہیں زیادہ آہستہ کھلتے ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="31"/>
        <source>{names}: one measurement suggests a block. Vantage checks again in about a minute and reports it only if that check sees it too.</source>
        <translation>{names}: ایک پیمائش سے بندش کا اشارہ ملتا ہے۔ Vantage تقریباً ایک منٹ میں دوبارہ جانچتا ہے اور اسے صرف اسی صورت میں رپورٹ کرتا ہے جب وہ جانچ بھی اسے دیکھے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="33"/>
        <source>{sentence}; also affected: {others}.</source>
        <translation>{sentence}؛ ان کے علاوہ متاثر: {others}۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="34"/>
        <source>{sentence}.</source>
        <translation>{sentence}۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="35"/>
        <source>{first} and {last}</source>
        <translation>{first} اور {last}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="36"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="68"/>
        <source>Waiting for the first measurement…</source>
        <translation>پہلی پیمائش کا انتظار ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="71"/>
        <source>Your connection is offline: {detail}.</source>
        <translation>آپ کا کنکشن آف لائن ہے: {detail}۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="72"/>
        <source>Your connection is offline.</source>
        <translation>آپ کا کنکشن آف لائن ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="73"/>
        <source>Vantage keeps measuring and records when it comes back.</source>
        <translation>Vantage پیمائش جاری رکھتا ہے اور ریکارڈ کرے گا کہ کنکشن کب بحال ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="76"/>
        <source>Captive portal: sign in to the network first. Results resume after that.</source>
        <translation>لاگ اِن صفحہ: پہلے نیٹ ورک میں سائن اِن کریں۔ اس کے بعد نتائج دوبارہ آنے لگیں گے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="79"/>
        <source>A VPN is active ({vpn}): results describe the VPN&apos;s network, not yours.</source>
        <translation>ایک VPN فعال ہے ({vpn}): نتائج VPN کے نیٹ ورک کے بارے میں ہیں، آپ کے نیٹ ورک کے نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="110"/>
        <source>{names}: the platform&apos;s own servers are failing. This is not censorship.</source>
        <translation>{names}: پلیٹ فارم کے اپنے سرور خراب ہیں۔ یہ سنسرشپ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="115"/>
        <source>{names}: results are unclear right now; Vantage re-checks at every sweep.</source>
        <translation>{names}: نتائج فی الحال غیر واضح ہیں؛ Vantage ہر راؤنڈ میں دوبارہ جانچتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/network.py" line="38"/>
        <source>this computer has no route to the internet: the local network is down</source>
        <translation>اس کمپیوٹر کا انٹرنیٹ تک کوئی راستہ نہیں: مقامی نیٹ ورک بند ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/network.py" line="39"/>
        <source>the system resolver does not answer: the local network or its resolver is down</source>
        <translation>سسٹم کا DNS سرور جواب نہیں دیتا: مقامی نیٹ ورک یا اس کا DNS سرور بند ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/network.py" line="41"/>
        <source>the resolver answers but nothing beyond it can be reached: the internet is cut past the local network</source>
        <translation>DNS سرور جواب دیتا ہے لیکن اس سے آگے کسی چیز تک رسائی نہیں ہوتی: مقامی نیٹ ورک سے آگے انٹرنیٹ کٹا ہوا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/network.py" line="43"/>
        <source>no connectivity check and no platform could be reached</source>
        <translation>نہ کنکشن کی جانچ کے کسی سرور تک رسائی ہو سکی اور نہ کسی پلیٹ فارم تک</translation>
    </message>
</context>
<context>
    <name>CollectReport</name>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="35"/>
        <source>Verdict</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="36"/>
        <source>Signers</source>
        <translation>دستخط کنندگان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="37"/>
        <source>First seen (UTC)</source>
        <translation>پہلی بار دیکھا گیا (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="38"/>
        <source>Last seen (UTC)</source>
        <translation>آخری بار دیکھا گیا (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="40"/>
        <source>Start (UTC)</source>
        <translation>آغاز (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="41"/>
        <source>End (UTC)</source>
        <translation>اختتام (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="42"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="44"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="45"/>
        <source>Signer</source>
        <translation>دستخط کنندہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="46"/>
        <source>Saw it</source>
        <translation>کیا دیکھا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="47"/>
        <source>Others who did not</source>
        <translation>دوسرے جنہوں نے نہیں دیکھا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="48"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="49"/>
        <source>From (UTC)</source>
        <translation>سے (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="50"/>
        <source>blocked</source>
        <translation>بلاک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="50"/>
        <source>works</source>
        <translation>چل رہا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="52"/>
        <source>Collection report</source>
        <translation>مجموعے کی رپورٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="53"/>
        <source>Made {0}</source>
        <translation>{0} کو بنائی گئی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="54"/>
        <source>{0} bundles verified and accepted from {1} signers ({2} not registered beforehand); {3} distinct measurements.</source>
        <translation>{1} دستخط کنندگان کے {0} بنڈل جانچے اور قبول کیے گئے ({2} پہلے سے رجسٹر نہیں تھے)؛ {3} الگ الگ پیمائشیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="56"/>
        <source>{0} bundles rejected and never counted.</source>
        <translation>{0} بنڈل رد کیے گئے اور کبھی شمار نہیں ہوئے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="57"/>
        <source>Rejected for failing the check &apos;{0}&apos;: {1}.</source>
        <translation>جانچ «{0}» میں ناکامی پر رد: {1}۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="58"/>
        <source>Verdicts per platform</source>
        <translation>ہر پلیٹ فارم کے نتائج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="59"/>
        <source>Over time, per platform and network</source>
        <translation>وقت کے ساتھ، ہر پلیٹ فارم اور نیٹ ورک پر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="60"/>
        <source>Each band is a platform on one network; each hour shows the verdict most measurements gave.</source>
        <translation>ہر پٹی ایک نیٹ ورک پر ایک پلیٹ فارم ہے؛ ہر گھنٹہ وہ نتیجہ دکھاتا ہے جو زیادہ تر پیمائشوں نے دیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="62"/>
        <source>No confirmed blocking in this collection.</source>
        <translation>اس مجموعے میں کوئی تصدیق شدہ بندش نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="63"/>
        <source>Vantage points that disagree</source>
        <translation>اختلاف کرنے والے پیمائشی مقامات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="64"/>
        <source>Every signer measuring the same platform on the same network at the same time saw the same.</source>
        <translation>ایک ہی وقت میں ایک ہی نیٹ ورک پر ایک ہی پلیٹ فارم کو ناپنے والے ہر دستخط کنندہ نے ایک ہی چیز دیکھی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="66"/>
        <source>None.</source>
        <translation>کوئی نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="67"/>
        <source>Made by Vantage from verified bundles. This file fetches nothing.</source>
        <translation>Vantage نے جانچے ہوئے بنڈلوں سے بنائی۔ یہ فائل کچھ بھی ڈاؤن لوڈ نہیں کرتی۔</translation>
    </message>
</context>
<context>
    <name>CollectionChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="41"/>
        <source>Verdicts over time on each network, stacked by the people who saw each</source>
        <translation>ہر نیٹ ورک پر وقت کے ساتھ نتائج، انہیں دیکھنے والے افراد کے تناسب سے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="48"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="56"/>
        <source>All networks</source>
        <translation>تمام نیٹ ورکس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="89"/>
        <source>Each bar&apos;s parts are as tall as the share of people who saw each verdict there; point at one for the numbers.</source>
        <translation>ہر پٹی کے حصوں کی اونچائی اتنی ہے جتنا وہاں ہر نتیجہ دیکھنے والے افراد کا حصہ؛ اعداد کے لیے کسی حصے پر اشارہ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="90"/>
        <source>No measurements in this range.</source>
        <translation>اس مدت میں کوئی پیمائش نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="107"/>
        <source>1 signer</source>
        <translation>1 دستخط کنندہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="107"/>
        <source>{0} signers</source>
        <translation>{0} دستخط کنندگان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="109"/>
        <source>{0} on 1 network</source>
        <translation>1 نیٹ ورک پر {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="110"/>
        <source>{0} on {1} networks</source>
        <translation>{1} نیٹ ورکس پر {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="111"/>
        <source>1 measurement</source>
        <translation>1 پیمائش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="112"/>
        <source>{0} measurements</source>
        <translation>{0} پیمائشیں</translation>
    </message>
</context>
<context>
    <name>CollectionWindow</name>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="131"/>
        <source>Collection</source>
        <translation>مجموعہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="153"/>
        <source>No collection open. Open a folder, then drop bundles (.zip) here.</source>
        <translation>کوئی مجموعہ کھلا نہیں۔ ایک فولڈر کھولیں، پھر بنڈل (.zip) یہاں چھوڑیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="155"/>
        <source>&amp;Open folder…</source>
        <translation>فولڈر &amp;کھولیں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="157"/>
        <source>&amp;Add bundles…</source>
        <translation>بنڈل &amp;شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="159"/>
        <source>&amp;Stop</source>
        <translation>&amp;روکیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="190"/>
        <source>Sinc&amp;e (UTC):</source>
        <translation>&amp;سے (UTC):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="191"/>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;تک (UTC):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="193"/>
        <source>Since</source>
        <translation>سے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="194"/>
        <source>Until</source>
        <translation>تک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="202"/>
        <source>Count only measurements made at or after this time</source>
        <translation>صرف وہ پیمائشیں گنیں جو اس وقت یا اس کے بعد کی گئیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="203"/>
        <source>Count only measurements made before this time</source>
        <translation>صرف وہ پیمائشیں گنیں جو اس وقت سے پہلے کی گئیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="209"/>
        <source>Range problem</source>
        <translation>مدت میں مسئلہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="220"/>
        <source>Bundles received</source>
        <translation>موصول بنڈل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="221"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="223"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="225"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="240"/>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="221"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="225"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="221"/>
        <source>Verdict</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="221"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="272"/>
        <source>Signers</source>
        <translation>دستخط کنندگان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="222"/>
        <source>Measurements</source>
        <translation>پیمائشیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="222"/>
        <source>First seen (UTC)</source>
        <translation>پہلی بار دیکھا (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="222"/>
        <source>Last seen (UTC)</source>
        <translation>آخری بار دیکھا (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="223"/>
        <source>Technique</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="223"/>
        <source>Start (UTC)</source>
        <translation>آغاز (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="224"/>
        <source>End (UTC)</source>
        <translation>اختتام (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="224"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="224"/>
        <source>Networks</source>
        <translation>نیٹ ورکس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="225"/>
        <source>Signer</source>
        <translation>دستخط کنندہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="225"/>
        <source>Saw it</source>
        <translation>جو دیکھا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="226"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="226"/>
        <source>Others who did not</source>
        <translation>دوسرے جنہوں نے ایسا نہیں دیکھا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="226"/>
        <source>From (UTC)</source>
        <translation>سے (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="227"/>
        <source>Until (UTC)</source>
        <translation>تک (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="228"/>
        <source>Vantage points that disagree with everyone else on their network</source>
        <translation>وہ مقامِ پیمائش جو اپنے نیٹ ورک پر باقی سب سے اختلاف رکھتے ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="230"/>
        <source>&amp;Picture</source>
        <translation>&amp;تصویر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="231"/>
        <source>Over &amp;time</source>
        <translation>&amp;وقت کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="232"/>
        <source>&amp;Incidents</source>
        <translation>&amp;واقعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="233"/>
        <source>&amp;Disagreement</source>
        <translation>&amp;اختلاف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="234"/>
        <source>Sig&amp;ners</source>
        <translation>&amp;دستخط کنندگان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="235"/>
        <source>&amp;Received</source>
        <translation>&amp;موصول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="241"/>
        <source>All platforms</source>
        <translation>تمام پلیٹ فارمز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="243"/>
        <source>P&amp;latform:</source>
        <translation>&amp;پلیٹ فارم:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="257"/>
        <source>A person whose view of a platform differed from everyone else measuring it on the same network at the same time. Shown, not hidden: it may be a faulty setup, or the first sign of a block.</source>
        <translation>وہ شخص جس کا کسی پلیٹ فارم کے بارے میں نتیجہ اسی وقت اسی نیٹ ورک پر اسے ناپنے والے باقی سب سے مختلف تھا۔ اسے چھپایا نہیں، دکھایا جاتا ہے: یہ غلط سیٹ اپ بھی ہو سکتا ہے، اور بندش کی پہلی علامت بھی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="270"/>
        <source>Fingerprint</source>
        <translation>فنگر پرنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="270"/>
        <source>Label</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="270"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="527"/>
        <source>Registered</source>
        <translation>رجسٹرڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="271"/>
        <source>Bundles</source>
        <translation>بنڈل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="278"/>
        <source>A name you know this person or place by</source>
        <translation>وہ نام جس سے آپ اس شخص یا جگہ کو جانتے ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="281"/>
        <source>Re&amp;gister</source>
        <translation>&amp;رجسٹر کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="282"/>
        <source>Give this key fingerprint a label, as `vantage collect signer add` does; its bundles then count as registered</source>
        <translation>اس کلید کے فنگر پرنٹ کو ایک نام دیں، جیسے `vantage collect signer add` دیتا ہے؛ پھر اس کے بنڈل رجسٹرڈ شمار ہوں گے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="287"/>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;فنگر پرنٹ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="287"/>
        <source>La&amp;bel:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="296"/>
        <source>Register the fingerprint someone sent you by a channel you trust (they see it with `vantage keys show`). Bundles from keys you have not registered are accepted, but marked unregistered.</source>
        <translation>وہ فنگر پرنٹ رجسٹر کریں جو کسی نے آپ کو قابلِ اعتماد ذریعے سے بھیجا ہو (وہ اسے `vantage keys show` سے دیکھتے ہیں)۔ غیر رجسٹرڈ کلیدوں کے بنڈل قبول ہوتے ہیں، مگر غیر رجسٹرڈ کے نشان کے ساتھ۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="318"/>
        <source>Choose the collection&apos;s folder</source>
        <translation>مجموعے کا فولڈر منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="324"/>
        <source>Collection: {0}</source>
        <translation>مجموعہ: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="347"/>
        <source>“Since” must be before “Until”; still showing the last valid range.</source>
        <translation>”سے“ کو ”تک“ سے پہلے ہونا چاہیے؛ ابھی آخری درست مدت دکھائی جا رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="366"/>
        <source>Choose evidence bundles</source>
        <translation>ثبوت کے بنڈل منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="367"/>
        <source>Zip files (*.zip)</source>
        <translation>زپ فائلیں (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="373"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="384"/>
        <source>Open a collection folder first.</source>
        <translation>پہلے مجموعے کا فولڈر کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="386"/>
        <source>Registering…</source>
        <translation>رجسٹر ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="406"/>
        <source>Verifying {0} (%v of %m)</source>
        <translation>{0} کی تصدیق (%m میں سے %v)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="415"/>
        <source>Stopped. The bundles accepted so far are kept; add the rest again to finish.</source>
        <translation>روک دیا گیا۔ اب تک قبول کیے گئے بنڈل محفوظ ہیں؛ کام مکمل کرنے کے لیے باقی دوبارہ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="436"/>
        <source>Registered {0} as “{1}”.</source>
        <translation>{0} کو ”{1}“ کے نام سے رجسٹر کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="437"/>
        <source>Relabelled {0} as “{1}”.</source>
        <translation>{0} کا نام بدل کر ”{1}“ کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="447"/>
        <source>{0} accepted from {1} ({2} unregistered), {3} rejected; {4}.</source>
        <translation>{1} سے {0} قبول ({2} غیر رجسٹرڈ)، {3} مسترد؛ {4}۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/collection/window.py" line="448"/>
        <source>%Ln bundle(s)</source>
        <translation>
            <numerusform>%Ln بنڈل</numerusform>
            <numerusform>%Ln بنڈل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/collection/window.py" line="449"/>
        <source>%Ln signer(s)</source>
        <translation>
            <numerusform>%Ln دستخط کنندہ</numerusform>
            <numerusform>%Ln دستخط کنندگان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/collection/window.py" line="450"/>
        <source>%Ln distinct measurement(s)</source>
        <translation>
            <numerusform>%Ln الگ پیمائش</numerusform>
            <numerusform>%Ln الگ پیمائشیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="509"/>
        <source>blocked</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="509"/>
        <source>works</source>
        <translation>چلتا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="518"/>
        <source>Everyone measuring the same platform on the same network at the same time agreed.</source>
        <translation>ایک ہی وقت میں ایک ہی نیٹ ورک پر ایک ہی پلیٹ فارم کو ناپنے والے سب متفق تھے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="519"/>
        <source>1 vantage point disagreed.</source>
        <translation>ایک مقامِ پیمائش نے اختلاف کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="520"/>
        <source>{0} vantage points disagreed.</source>
        <translation>{0} مقاماتِ پیمائش نے اختلاف کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="527"/>
        <source>Not registered</source>
        <translation>غیر رجسٹرڈ</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <location filename="../../desktop_app/store/confirmation.py" line="33"/>
        <source>unconfirmed: the check a minute later did not see it again</source>
        <translation>غیر مصدقہ: ایک منٹ بعد کی جانچ میں یہ دوبارہ نظر نہیں آیا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/confirmation.py" line="34"/>
        <source>unconfirmed: checking again</source>
        <translation>غیر مصدقہ: دوبارہ جانچ ہو رہی ہے</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="14"/>
        <source>{0} d</source>
        <translation>{0} دن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="15"/>
        <source>{0} h</source>
        <translation>{0} گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="16"/>
        <source>{0} min</source>
        <translation>{0} منٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="17"/>
        <source>{0} s</source>
        <translation>{0} سیکنڈ</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../../desktop_app/gui/worker.py" line="189"/>
        <source>The measurement could not be saved: {0} Check the data folder.</source>
        <translation>پیمائش محفوظ نہیں ہو سکی: {0} ڈیٹا فولڈر دیکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/worker.py" line="197"/>
        <source>Your targets could not be loaded ({0}); the previous list is used.</source>
        <translation>آپ کے اہداف لوڈ نہیں ہو سکے ({0})؛ پچھلی فہرست استعمال ہو رہی ہے۔</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="28"/>
        <source>The history could not be read or written.</source>
        <translation>تاریخچہ پڑھا یا لکھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="29"/>
        <source>The signing key cannot be used.</source>
        <translation>دستخطی کلید استعمال نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="30"/>
        <source>The timestamp could not be obtained.</source>
        <translation>ٹائم اسٹیمپ حاصل نہیں ہو سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="31"/>
        <source>The evidence bundle could not be made.</source>
        <translation>ثبوت کا بنڈل نہیں بن سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="32"/>
        <source>Your targets could not be loaded; fix the file to measure them.</source>
        <translation>آپ کے اہداف لوڈ نہیں ہو سکے؛ انہیں ناپنے کے لیے فائل درست کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="33"/>
        <source>The collection could not be read or changed.</source>
        <translation>مجموعہ پڑھا یا بدلا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="34"/>
        <source>The request was refused.</source>
        <translation>درخواست رد کر دی گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="35"/>
        <source>The measurement could not run.</source>
        <translation>پیمائش نہیں چل سکی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="36"/>
        <source>The lab could not start.</source>
        <translation>لیب شروع نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="37"/>
        <source>A file could not be read or written.</source>
        <translation>ایک فائل پڑھی یا لکھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="39"/>
        <source>Something went wrong.</source>
        <translation>کچھ غلط ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="96"/>
        <source>Evidence: {0}</source>
        <translation>ثبوت: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="106"/>
        <source>Endpoint / step</source>
        <translation>پتہ / مرحلہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="106"/>
        <source>Start (ms)</source>
        <translation>آغاز (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="106"/>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="107"/>
        <source>Time (ms)</source>
        <translation>وقت (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="107"/>
        <source>Detail</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="108"/>
        <source>Steps of each endpoint</source>
        <translation>ہر پتے کے مراحل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="154"/>
        <source>As the engine recorded it (in English): {0}</source>
        <translation>جیسا انجن نے درج کیا (انگریزی میں): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="174"/>
        <source>re-test</source>
        <translation>دوبارہ جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="128"/>
        <source>&amp;Copy as JSON</source>
        <translation>JSON کے طور پر &amp;کاپی کریں</translation>
    </message>
</context>
<context>
    <name>EvidenceReader</name>
    <message>
        <location filename="../../desktop_app/gui/evidence_reader.py" line="34"/>
        <source>That measurement (sweep {0}) is no longer in the history.</source>
        <translation>وہ پیمائش (سویپ {0}) اب تاریخچے میں نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="127"/>
        <source>Export evidence</source>
        <translation>ثبوت برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="161"/>
        <source>Platforms to include</source>
        <translation>شامل کیے جانے والے پلیٹ فارمز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="169"/>
        <source>&amp;Withhold my public IP address and resolver address</source>
        <translation>میرا عوامی IP پتہ اور DNS سرور کا پتہ &amp;چھپائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="171"/>
        <source>The bundle keeps only salted commitments of them, which reveal nothing; it still verifies in full. Network (ASN), provider and country stay.</source>
        <translation>بنڈل میں ان کی جگہ صرف ایسے خفیہ نشان رکھے جاتے ہیں جن سے کچھ ظاہر نہیں ہوتا؛ بنڈل کی مکمل تصدیق پھر بھی ہو سکتی ہے۔ نیٹ ورک (ASN)، انٹرنیٹ فراہم کنندہ اور ملک شامل رہتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="174"/>
        <source>&amp;Timestamp it with {0}</source>
        <translation>{0} سے &amp;وقت کی مہر لگوائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="175"/>
        <source>Timestamp: no authority is set (Settings → Evidence)</source>
        <translation>وقت کی مہر: کوئی ادارہ مقرر نہیں (ترتیبات ← ثبوت)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="186"/>
        <source>Save the bundle as</source>
        <translation>بنڈل اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="188"/>
        <source>&amp;Browse…</source>
        <translation>&amp;جگہ منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="196"/>
        <source>Signing key fingerprint</source>
        <translation>دستخطی کلید کا فنگر پرنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="197"/>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="258"/>
        <source>Counting…</source>
        <translation>گنتی ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="200"/>
        <source>What the bundle will include</source>
        <translation>بنڈل میں کیا شامل ہوگا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="269"/>
        <source>&lt;b&gt;This bundle will include&lt;/b&gt; {0} from {1}, {2} to {3}, of {4}.</source>
        <translation>&lt;b&gt;اس بنڈل میں شامل ہوں گی&lt;/b&gt; {1} میں سے {0}، {2} سے {3} تک، {4} کی۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="270"/>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="339"/>
        <source>%Ln measurement(s)</source>
        <translation>
            <numerusform>%Ln پیمائش</numerusform>
            <numerusform>%Ln پیمائشیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="271"/>
        <source>%Ln sweep(s)</source>
        <translation>
            <numerusform>%Ln دور</numerusform>
            <numerusform>%Ln دور</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="312"/>
        <source>Writing… %v/%m sweeps</source>
        <translation>لکھا جا رہا ہے… %v/%m راؤنڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="338"/>
        <source>&lt;b&gt;Written&lt;/b&gt; {0}: {1}, signed{2}.</source>
        <translation>&lt;b&gt;لکھ دیا گیا&lt;/b&gt; {0}: {1}، دستخط شدہ{2}۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="204"/>
        <source>&amp;Export</source>
        <translation>&amp;برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="183"/>
        <source>The language of the report and of VERIFY.txt in the bundle; the measurements themselves are the same in every language.</source>
        <translation>بنڈل میں رپورٹ اور VERIFY.txt کی زبان؛ پیمائشیں خود ہر زبان میں ایک جیسی رہتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="210"/>
        <source>Whole connection</source>
        <translation>پورا کنکشن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="212"/>
        <source>Incident:</source>
        <translation>واقعہ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="214"/>
        <source>&amp;From:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="215"/>
        <source>&amp;To:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="216"/>
        <source>&amp;Platforms:</source>
        <translation>&amp;پلیٹ فارمز:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="219"/>
        <source>Report &amp;language:</source>
        <translation>رپورٹ کی &amp;زبان:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="220"/>
        <source>&amp;Save as:</source>
        <translation>اس نام سے &amp;محفوظ کریں:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="221"/>
        <source>Signed with:</source>
        <translation>دستخط بذریعہ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="235"/>
        <source>A signing key will be made for this first export; its fingerprint (SHA256:…) is what recipients check.</source>
        <translation>اس پہلی برآمد کے لیے ایک دستخطی کلید بنائی جائے گی؛ وصول کنندگان اسی کلید کے فنگر پرنٹ (SHA256:…) کی جانچ کرتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="237"/>
        <source>{0}. Give this fingerprint to recipients beforehand, so they can tell a bundle is yours.</source>
        <translation>{0}۔ یہ فنگر پرنٹ وصول کنندگان کو پہلے سے دے دیں، تاکہ وہ پہچان سکیں کہ بنڈل آپ ہی کا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="264"/>
        <source>all platforms</source>
        <translation>تمام پلیٹ فارمز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="265"/>
        <source>included</source>
        <translation>شامل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="265"/>
        <source>withheld</source>
        <translation>چھپایا گیا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="273"/>
        <source>Identifying fields:</source>
        <translation>شناخت ظاہر کرنے والی معلومات:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="276"/>
        <source>Nothing was measured in this range: choose another.</source>
        <translation>اس عرصے میں کوئی پیمائش نہیں ہوئی: کوئی اور عرصہ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="279"/>
        <source>Save the evidence bundle</source>
        <translation>ثبوت کا بنڈل محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="280"/>
        <source>Zip files (*.zip)</source>
        <translation>زپ فائلیں (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="290"/>
        <source>Replace the file?</source>
        <translation>فائل بدل دیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="291"/>
        <source>{0} already exists. Replace it with this bundle?</source>
        <translation>{0} پہلے سے موجود ہے۔ کیا اسے اس بنڈل سے بدل دیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="300"/>
        <source>Nothing was written: choose another name in Save as.</source>
        <translation>کچھ نہیں لکھا گیا: «اس نام سے محفوظ کریں» میں کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="303"/>
        <source>Signing key</source>
        <translation>دستخطی کلید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="303"/>
        <source>Passphrase of your signing key:</source>
        <translation>آپ کی دستخطی کلید کا خفیہ جملہ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="321"/>
        <source>Cancelling…</source>
        <translation>منسوخ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="328"/>
        <source>Finishing: report, checksums and signature…</source>
        <translation>مکمل کیا جا رہا ہے: رپورٹ، فائلوں کے ہیش اور دستخط…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="341"/>
        <source> and timestamped</source>
        <translation> اور وقت کی مہر کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="342"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="344"/>
        <source>Show in &amp;folder</source>
        <translation>&amp;فولڈر میں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="359"/>
        <source>Cancelled: nothing was written.</source>
        <translation>منسوخ: کچھ محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="66"/>
        <source>The range ends before it starts: choose a To after the From.</source>
        <translation>حد شروع ہونے سے پہلے ختم ہوتی ہے: «سے» کے بعد کا «تک» چنیں۔</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="39"/>
        <source>Welcome to Vantage</source>
        <translation>Vantage میں خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="42"/>
        <source>&lt;b&gt;What it does.&lt;/b&gt; Vantage measures, from this computer, whether platforms such as X, YouTube, WhatsApp and Facebook work, and when they do not, how they are blocked: by DNS, by IP, by resets, by filtering their names, with a blockpage, by throttling, or by a full shutdown.</source>
        <translation>&lt;b&gt;یہ کیا کرتا ہے۔&lt;/b&gt; Vantage اسی کمپیوٹر سے جانچتا ہے کہ X، YouTube، WhatsApp اور Facebook جیسے پلیٹ فارمز چل رہے ہیں یا نہیں، اور اگر نہیں تو انہیں کس طرح بلاک کیا گیا ہے: DNS کے ذریعے، IP کے ذریعے، کنکشن توڑ کر، ان کے نام فلٹر کر کے، پابندی کا صفحہ دکھا کر، رفتار گھٹا کر، یا انٹرنیٹ مکمل بند کر کے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="46"/>
        <source>&lt;b&gt;What it stores.&lt;/b&gt; Every measurement stays on this computer, in a history that only you can read ({0}). Nothing leaves it unless you export evidence yourself.</source>
        <translation>&lt;b&gt;یہ کیا محفوظ کرتا ہے۔&lt;/b&gt; ہر پیمائش اسی کمپیوٹر پر ایک تاریخچے میں رہتی ہے جسے صرف آپ پڑھ سکتے ہیں ({0})۔ جب تک آپ خود ثبوت برآمد نہ کریں، کچھ بھی اس کمپیوٹر سے باہر نہیں جاتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="49"/>
        <source>&lt;b&gt;What it sends.&lt;/b&gt; Nothing, anywhere, except the probes themselves: DNS lookups, connections to the platforms it measures, and the operating systems&apos; connectivity checks. It can also ask a public service for your public IP address and network, to record which network you measured from.</source>
        <translation>&lt;b&gt;یہ کیا بھیجتا ہے۔&lt;/b&gt; کہیں بھی کچھ نہیں، سوائے خود جانچ کے: DNS سے پتے معلوم کرنا، جن پلیٹ فارمز کی پیمائش ہوتی ہے ان سے کنکشن، اور آپریٹنگ سسٹمز کی کنکشن کی جانچ۔ یہ کسی عوامی سروس سے آپ کا عوامی IP پتہ اور نیٹ ورک بھی پوچھ سکتا ہے، تاکہ ریکارڈ رہے کہ آپ نے کس نیٹ ورک سے پیمائش کی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="55"/>
        <source>&lt;b&gt;What else it contacts.&lt;/b&gt; Independent encrypted DNS resolvers ({0}), to recognise forged DNS answers; and, if you leave the box below ticked, {1} for your public IP address.</source>
        <translation>&lt;b&gt;یہ اور کس سے رابطہ کرتا ہے۔&lt;/b&gt; آزاد خفیہ شدہ DNS ریزولورز ({0})، تاکہ جعلی DNS جوابات پہچانے جا سکیں؛ اور اگر آپ نیچے والا خانہ نشان زد رہنے دیں تو اپنے عوامی IP پتے کے لیے {1}۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="61"/>
        <source>a daily cap of {0}</source>
        <translation>روزانہ حد {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="62"/>
        <source>no daily cap (set one in Settings → Frugality)</source>
        <translation>کوئی روزانہ حد نہیں (ترتیبات ← کفایت میں مقرر کریں)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="64"/>
        <source>&lt;b&gt;Data use.&lt;/b&gt; Up to about {0} per sweep, and {1} more when the download speed is measured (every {2} min); at one sweep every {3} min that is up to {4} a day, with {5}.</source>
        <translation>&lt;b&gt;ڈیٹا کا استعمال۔&lt;/b&gt; ہر سویپ میں تقریباً {0} تک، اور جب ڈاؤن لوڈ کی رفتار ناپی جائے (ہر {2} منٹ) تو {1} مزید؛ ہر {3} منٹ پر ایک سویپ کے حساب سے روزانہ {4} تک، اور {5}۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="69"/>
        <source>&lt;b&gt;Probing can be noticed&lt;/b&gt; by anyone watching your connection. Read &lt;a href=&quot;guide&quot;&gt;Staying safe&lt;/a&gt; in the user guide before you start.</source>
        <translation>&lt;b&gt;جانچ کو دیکھا جا سکتا ہے&lt;/b&gt;، ہر اس شخص کے ذریعے جو آپ کے کنکشن پر نظر رکھے۔ شروع کرنے سے پہلے صارف گائیڈ میں &lt;a href=&quot;guide&quot;&gt;محفوظ رہنا&lt;/a&gt; پڑھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="74"/>
        <source>&amp;Look up my public IP address and network</source>
        <translation>میرا عوامی IP پتہ اور نیٹ ورک &amp;معلوم کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="77"/>
        <source>&amp;Start measuring</source>
        <translation>پیمائش &amp;شروع کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>باہر &amp;نکلیں</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="93"/>
        <source>Reachability and latency over the chosen range</source>
        <translation>منتخب عرصے میں رسائی اور تاخیر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="98"/>
        <source>latency (ms)</source>
        <translation>تاخیر (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="139"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="223"/>
        <source>Incident</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="226"/>
        <source>Unconfirmed (one sweep)</source>
        <translation>غیر تصدیق شدہ (ایک جانچ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="229"/>
        <source>Measured from: </source>
        <translation>پیمائش کا نیٹ ورک: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="286"/>
        <source>{0} sweeps</source>
        <translation>{0} راؤنڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="286"/>
        <source>1 sweep</source>
        <translation>ایک سویپ</translation>
    </message>
</context>
<context>
    <name>HistoryLoader</name>
    <message>
        <location filename="../../desktop_app/gui/history/loader.py" line="77"/>
        <location filename="../../desktop_app/gui/history/loader.py" line="100"/>
        <source>The history could not be read: {0}</source>
        <translation>تاریخچہ پڑھا نہیں جا سکا: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/loader.py" line="91"/>
        <source>The incidents could not be read: {0}</source>
        <translation>واقعات پڑھے نہیں جا سکے: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/loader.py" line="111"/>
        <source>The evidence of this incident could not be read: {0}</source>
        <translation>اس واقعے کا ثبوت پڑھا نہیں جا سکا: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="68"/>
        <source>Last hour</source>
        <translation>پچھلا ایک گھنٹہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="69"/>
        <source>Last day</source>
        <translation>پچھلا ایک دن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="70"/>
        <source>Last week</source>
        <translation>پچھلا ایک ہفتہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="71"/>
        <source>Last 30 days</source>
        <translation>پچھلے 30 دن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="72"/>
        <source>Last year</source>
        <translation>پچھلا ایک سال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="73"/>
        <source>Custom…</source>
        <translation>اپنی مرضی کا…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="99"/>
        <source>The whole platform was affected</source>
        <translation>پورا پلیٹ فارم متاثر ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="214"/>
        <source>Vantage — History</source>
        <translation>Vantage — تاریخچہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="215"/>
        <source>Whole connection</source>
        <translation>پورا کنکشن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="255"/>
        <source>Range</source>
        <translation>عرصہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="260"/>
        <location filename="../../desktop_app/gui/history/view.py" line="282"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="260"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="267"/>
        <location filename="../../desktop_app/gui/history/view.py" line="298"/>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="268"/>
        <source>All platforms</source>
        <translation>تمام پلیٹ فارمز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="271"/>
        <source>Show one-off &amp;inconclusive results</source>
        <translation>اکا دکا &amp;غیر واضح نتائج بھی دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="275"/>
        <source>Range problem</source>
        <translation>مدت میں مسئلہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="278"/>
        <source>&amp;Range:</source>
        <translation>&amp;عرصہ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="278"/>
        <source>P&amp;latform:</source>
        <translation>&amp;پلیٹ فارم:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="282"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="289"/>
        <source>&amp;Export evidence…</source>
        <translation>ثبوت &amp;برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="290"/>
        <source>A signed bundle of the incident chosen below, or else of the range and platform shown</source>
        <translation>نیچے منتخب کیے گئے واقعے کا دستخط شدہ بنڈل، ورنہ دکھائے گئے عرصے اور پلیٹ فارم کا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="298"/>
        <source>Reachable</source>
        <translation>قابلِ رسائی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="298"/>
        <source>Sweeps</source>
        <translation>راؤنڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="299"/>
        <source>Most common problem</source>
        <translation>سب سے عام مسئلہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="300"/>
        <source>Share of time each platform was reachable</source>
        <translation>ہر پلیٹ فارم کتنے فیصد وقت قابلِ رسائی رہا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="304"/>
        <source>Blocks seen once and not confirmed; never incidents</source>
        <translation>ایک بار دیکھی گئی اور غیر تصدیق شدہ بندشیں؛ یہ کبھی واقعات نہیں بنتیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="305"/>
        <source>A block seen in one sweep only: the check about a minute later (or the next sweep) did not see it again, or has yet to run. It is kept here, never as an incident or a notification.</source>
        <translation>صرف ایک جانچ میں دیکھی گئی بندش: تقریباً ایک منٹ بعد کی جانچ (یا اگلی جانچ) نے اسے دوبارہ نہیں دیکھا، یا ابھی ہونا باقی ہے۔ یہ یہاں رکھی جاتی ہے، کبھی واقعہ یا اطلاع کے طور پر نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="311"/>
        <source>Incidents</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="323"/>
        <source>Incident details</source>
        <translation>واقعے کی تفصیل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="326"/>
        <source>Choose an incident to zoom to it and see its evidence.</source>
        <translation>کوئی واقعہ منتخب کریں تاکہ وہ بڑا کر کے دکھایا جائے اور اس کا ثبوت نظر آئے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="327"/>
        <source>&amp;First measurement…</source>
        <translation>&amp;پہلی پیمائش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="328"/>
        <source>La&amp;st measurement…</source>
        <translation>&amp;آخری پیمائش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="329"/>
        <source>&amp;Compare with other measurements</source>
        <translation>دوسری پیمائشوں سے &amp;موازنہ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="330"/>
        <source>Opens OONI Explorer&apos;s search for the same country, network and days in your browser. Vantage itself sends nothing.</source>
        <translation>آپ کے براؤزر میں OONI Explorer کی تلاش اسی ملک، نیٹ ورک اور دنوں کے لیے کھولتا ہے۔ Vantage خود کچھ نہیں بھیجتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="348"/>
        <source>&amp;Incidents</source>
        <translation>&amp;واقعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="349"/>
        <source>&amp;Unconfirmed</source>
        <translation>&amp;غیر تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="350"/>
        <source>Reachable &amp;share</source>
        <translation>رسائی کا &amp;تناسب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/history/view.py" line="571"/>
        <source>%Ln failing sweep(s)</source>
        <translation>
            <numerusform>%Ln ناکام دور</numerusform>
            <numerusform>%Ln ناکام دور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/history/view.py" line="572"/>
        <source>%Ln endpoint measurement(s)</source>
        <translation>
            <numerusform>%Ln اینڈ پوائنٹ پیمائش</numerusform>
            <numerusform>%Ln اینڈ پوائنٹ پیمائشیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/history/view.py" line="575"/>
        <source>%Ln sweep(s) in between found it reachable</source>
        <translation>
            <numerusform>درمیان میں %Ln دور نے اسے قابلِ رسائی پایا</numerusform>
            <numerusform>درمیان میں %Ln دوروں نے اسے قابلِ رسائی پایا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="597"/>
        <source>… {0} more</source>
        <translation>… مزید {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="96"/>
        <source>Only {0} was affected</source>
        <translation>صرف {0} متاثر ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="248"/>
        <location filename="../../desktop_app/gui/history/view.py" line="438"/>
        <location filename="../../desktop_app/gui/history/view.py" line="479"/>
        <source>Loading…</source>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="428"/>
        <source>“From” must be before “To”; still showing the last valid range.</source>
        <translation>”سے“ کو ”تک“ سے پہلے ہونا چاہیے؛ ابھی آخری درست مدت دکھائی جا رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="481"/>
        <source>finding incidents…</source>
        <translation>واقعات تلاش ہو رہے ہیں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="484"/>
        <source>1 incident</source>
        <translation>ایک واقعہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="484"/>
        <source>{0} incidents</source>
        <translation>{0} واقعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="487"/>
        <source>1 unconfirmed block</source>
        <translation>1 غیر تصدیق شدہ بندش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="488"/>
        <source>{0} unconfirmed blocks</source>
        <translation>{0} غیر تصدیق شدہ بندشیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="493"/>
        <source>1 sweep</source>
        <translation>ایک سویپ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="493"/>
        <source>{0} sweeps</source>
        <translation>{0} سویپ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="568"/>
        <source>ongoing</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="578"/>
        <source>Measuring stopped before it was seen reachable again.</source>
        <translation>اس کے دوبارہ قابلِ رسائی ہونے سے پہلے ہی پیمائش رک گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="581"/>
        <source>Also seen: </source>
        <translation>یہ بھی دیکھا گیا: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="586"/>
        <source>Network: </source>
        <translation>نیٹ ورک: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="588"/>
        <source>First measurement</source>
        <translation>پہلی پیمائش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="589"/>
        <source>Last measurement</source>
        <translation>آخری پیمائش</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="176"/>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="176"/>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="177"/>
        <source>End</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="177"/>
        <source>Duration</source>
        <translation>دورانیہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="178"/>
        <source>Technique</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="178"/>
        <source>Affected</source>
        <translation>متاثر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="179"/>
        <source>Failing sweeps</source>
        <translation>ناکام سویپ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="180"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="189"/>
        <source>ongoing</source>
        <translation>جاری</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="56"/>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="56"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="57"/>
        <source>Up</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="57"/>
        <source>Down</source>
        <translation>نیچے</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="152"/>
        <source>Controls</source>
        <translation>کنٹرول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="156"/>
        <source>&amp;Probe now</source>
        <translation>ابھی &amp;جانچیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="158"/>
        <location filename="../../desktop_app/gui/main_window.py" line="457"/>
        <source>P&amp;ause</source>
        <translation>&amp;وقفہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="161"/>
        <source>&amp;History…</source>
        <translation>&amp;تاریخچہ…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="163"/>
        <source>Look back: incidents, reachability and latency over any range</source>
        <translation>پیچھے دیکھیں: کسی بھی عرصے کے واقعات، رسائی اور تاخیر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="164"/>
        <source>&amp;Export evidence…</source>
        <translation>ثبوت &amp;برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="166"/>
        <source>Write a signed evidence bundle (default: the last 24 hours)</source>
        <translation>ثبوت کا دستخط شدہ بنڈل بنائیں (عام طور پر: پچھلے 24 گھنٹے)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="167"/>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;بنڈل کی تصدیق کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="168"/>
        <source>P&amp;latforms…</source>
        <translation>&amp;پلیٹ فارمز…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="169"/>
        <source>&amp;Settings…</source>
        <translation>ت&amp;رتیبات…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="171"/>
        <location filename="../../desktop_app/gui/main_window.py" line="588"/>
        <source>&amp;Quit</source>
        <translation>باہر &amp;نکلیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="176"/>
        <source>&amp;Every:</source>
        <translation>&amp;ہر:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="178"/>
        <source>Probe interval</source>
        <translation>جانچ کا وقفہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="181"/>
        <source>1 hour</source>
        <translation>ایک گھنٹہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="181"/>
        <source>{0} min</source>
        <translation>{0} منٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="186"/>
        <source>The demo sweeps its lab every few seconds.</source>
        <translation>ڈیمو اپنی تجربہ گاہ کو ہر چند سیکنڈ بعد جانچتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="193"/>
        <source>C&amp;ollection…</source>
        <translation>&amp;مجموعہ…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="233"/>
        <source>Starting…</source>
        <translation>شروع ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="236"/>
        <source>Probing… %v/%m</source>
        <translation>جانچ جاری ہے… %v/%m</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="239"/>
        <source>What the sweep still waits for</source>
        <translation>جانچ ابھی کس چیز کا انتظار کر رہی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="248"/>
        <source>&amp;Measure</source>
        <translation>&amp;پیمائش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="253"/>
        <source>E&amp;vidence</source>
        <translation>&amp;ثبوت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="256"/>
        <source>&amp;Options</source>
        <translation>&amp;اختیارات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="296"/>
        <source>{0} s</source>
        <translation>{0} سیکنڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="308"/>
        <source>Open Vantage</source>
        <translation>Vantage کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="415"/>
        <source> (demo)</source>
        <translation> (ڈیمو)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="419"/>
        <source> — offline</source>
        <translation> — آف لائن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="421"/>
        <source> — captive portal</source>
        <translation> — لاگ اِن صفحہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="427"/>
        <source> — {0} blocked</source>
        <translation> — {0} بلاک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="429"/>
        <source> — all platforms reachable</source>
        <translation> — تمام پلیٹ فارمز قابلِ رسائی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="436"/>
        <source>Last sweep {0}</source>
        <translation>پچھلا راؤنڈ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="439"/>
        <source>Data: last sweep {0}, today {1}</source>
        <translation>ڈیٹا: پچھلا راؤنڈ {0}، آج {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="450"/>
        <source>Paused: choose Resume (Ctrl+P) to measure again.</source>
        <translation>موقوف: دوبارہ پیمائش کے لیے «جاری رکھیں» (Ctrl+P) چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="452"/>
        <source>Measuring now…</source>
        <translation>ابھی پیمائش ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="457"/>
        <source>Res&amp;ume</source>
        <translation>&amp;دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="510"/>
        <source>A newer sweep is in progress; this is the last stored one. Its result will appear in the main window when it ends.</source>
        <translation>ایک نیا سویپ جاری ہے؛ یہ آخری محفوظ شدہ ہے۔ اس کا نتیجہ ختم ہونے پر مرکزی ونڈو میں نظر آئے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="527"/>
        <source>This is the demo: your choice of language is kept for Vantage itself; the other settings last until the demo ends.</source>
        <translation>یہ ڈیمو ہے: آپ کی منتخب کردہ زبان خود Vantage کے لیے محفوظ رہتی ہے؛ باقی ترتیبات ڈیمو ختم ہونے تک رہتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="548"/>
        <source>Your language could not be saved for Vantage itself: {0}</source>
        <translation>آپ کی زبان خود Vantage کے لیے محفوظ نہیں ہو سکی: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="559"/>
        <source>Start at login could not be changed: {0}</source>
        <translation>لاگ اِن پر شروع ہونے کی ترتیب نہیں بدلی جا سکی: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="573"/>
        <source>Vantage keeps measuring in the background. Quit it from this icon&apos;s menu.</source>
        <translation>Vantage پس منظر میں پیمائش جاری رکھتا ہے۔ اسے بند کرنے کے لیے اس آئیکن کا مینو استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="585"/>
        <source>Quit Vantage?</source>
        <translation>Vantage بند کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="586"/>
        <source>Vantage has no tray icon on this desktop. Quit and stop probing, or keep it running minimised?</source>
        <translation>اس ڈیسک ٹاپ پر Vantage کا ٹرے آئیکن نہیں ہے۔ بند کر کے جانچ روک دیں، یا اسے چھوٹا کر کے چلتا رہنے دیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="589"/>
        <source>&amp;Minimise</source>
        <translation>&amp;چھوٹا کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/schedule.py" line="22"/>
        <source>Paused</source>
        <translation>رکا ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/schedule.py" line="25"/>
        <source>Paused while on battery</source>
        <translation>بیٹری پر چلنے کی وجہ سے رکا ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/schedule.py" line="27"/>
        <source>Paused on a metered connection</source>
        <translation>محدود ڈیٹا والے کنکشن کی وجہ سے رکا ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/schedule.py" line="29"/>
        <source>Paused: today&apos;s data cap is reached</source>
        <translation>رکا ہوا: آج کی ڈیٹا کی حد پوری ہو گئی</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop_app/gui/notifier.py" line="41"/>
        <source>{0}: {1}, only {2}</source>
        <translation>{0}: {1}، صرف {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/notifier.py" line="44"/>
        <source>{0} changed from “{1}” to “{2}”.</source>
        <translation>{0} کی حالت “{1}” سے بدل کر “{2}” ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/notifier.py" line="50"/>
        <source>A second check confirmed it.</source>
        <translation>دوسری جانچ نے اس کی تصدیق کی۔</translation>
    </message>
</context>
<context>
    <name>OpenLink</name>
    <message>
        <location filename="../../desktop_app/gui/open_link.py" line="25"/>
        <source>No file manager could open this folder. Its path is:</source>
        <translation>کوئی فائل منیجر یہ فولڈر نہیں کھول سکا۔ اس کا راستہ یہ ہے:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/open_link.py" line="27"/>
        <source>No web browser could open this link. Copy it into one:</source>
        <translation>کوئی ویب براؤزر یہ لنک نہیں کھول سکا۔ اسے کاپی کر کے براؤزر میں ڈالیں:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/open_link.py" line="28"/>
        <source>Could not open</source>
        <translation>کھولا نہیں جا سکا</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../desktop_app/probes/catalogue/model.py" line="15"/>
        <source>Connectivity checks</source>
        <translation>رابطے کی جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/sweep_index.py" line="17"/>
        <source>Whole connection</source>
        <translation>پورا کنکشن</translation>
    </message>
</context>
<context>
    <name>PlatformTile</name>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="38"/>
        <source>Not measured yet</source>
        <translation>ابھی پیمائش نہیں ہوئی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="65"/>
        <source>since {0}</source>
        <translation>{0} سے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="69"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="71"/>
        <source>only {0}</source>
        <translation>صرف {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="74"/>
        <source>{0} of {1} affected</source>
        <translation>{1} میں سے {0} متاثر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/tiles.py" line="75"/>
        <source>%Ln endpoint(s)</source>
        <translation>
            <numerusform>%Ln پتہ</numerusform>
            <numerusform>%Ln پتے</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="79"/>
        <source>Unconfirmed: Vantage checks these endpoints again a minute later and reports a block only if that check sees it too. {0}</source>
        <translation>غیر مصدقہ: Vantage ایک منٹ بعد ان اینڈ پوائنٹس کو دوبارہ جانچتا ہے اور بندش کی اطلاع صرف اسی وقت دیتا ہے جب وہ جانچ بھی اسے دیکھے۔ {0}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="12"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="13"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="14"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="15"/>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="17"/>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="18"/>
        <source>Reset</source>
        <translation>دوبارہ ترتیب دیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="19"/>
        <source>Restore Defaults</source>
        <translation>طے شدہ بحال کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="21"/>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
</context>
<context>
    <name>ReachabilityChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="65"/>
        <source>Reachability over time</source>
        <translation>وقت کے ساتھ رسائی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="77"/>
        <source>latency (ms)</source>
        <translation>تاخیر (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="136"/>
        <source>Reachability per platform · latency of &lt;b&gt;{0}&lt;/b&gt; (click a band to choose)</source>
        <translation>ہر پلیٹ فارم کی رسائی · &lt;b&gt;{0}&lt;/b&gt; کی تاخیر (منتخب کرنے کے لیے کسی پٹی پر کلک کریں)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="228"/>
        <source>Click for the evidence</source>
        <translation>ثبوت دیکھنے کے لیے کلک کریں</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="42"/>
        <source>withheld</source>
        <translation>روک لیا گیا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="95"/>
        <source>Network (ASN)</source>
        <translation>نیٹ ورک (ASN)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="96"/>
        <source>Internet provider</source>
        <translation>انٹرنیٹ فراہم کنندہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="97"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="98"/>
        <source>System resolver</source>
        <translation>سسٹم کا DNS ریزولور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="207"/>
        <source>whole</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="212"/>
        <source>partial</source>
        <translation>جزوی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="213"/>
        <source>{0} and {1}</source>
        <translation>{0} اور {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="215"/>
        <source>partial: {0}</source>
        <translation>جزوی: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="219"/>
        <source>Affected says how much of the platform it concerns: whole (its site and its apps&apos; own hosts), or partial with the parts affected, for example partial: media while its site and messages still worked. A dash means the sweeps did not record it (recorded by an older version, or the whole connection).</source>
        <translation>«متاثر» بتاتا ہے کہ پلیٹ فارم کا کتنا حصہ متاثر ہوا: مکمل (اس کی سائٹ اور اس کی ایپس کے اپنے ہوسٹ)، یا جزوی، متاثرہ حصوں کے ساتھ، مثلاً جزوی: میڈیا، جبکہ اس کی سائٹ اور پیغامات اب بھی کام کر رہے تھے۔ ڈیش کا مطلب ہے کہ سویپس نے یہ درج نہیں کیا (کسی پرانے ورژن نے درج کیا، یا پورا کنکشن)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="236"/>
        <source>ongoing</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="32"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="246"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="251"/>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="246"/>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="247"/>
        <source>End</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="247"/>
        <source>Duration</source>
        <translation>دورانیہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="33"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="248"/>
        <source>Technique</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="248"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="253"/>
        <source>Affected</source>
        <translation>متاثر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="249"/>
        <source>Sweeps</source>
        <translation>سویپ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="32"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="249"/>
        <source>Networks</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="250"/>
        <source>Log blocks</source>
        <translation>لاگ کے بلاک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="33"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="251"/>
        <source>Measurements</source>
        <translation>پیمائشیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="252"/>
        <source>Works</source>
        <translation>چل رہا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="252"/>
        <source>Verdicts</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="270"/>
        <source>Measurements from {0} to {1}, times in {2} ({3}).</source>
        <translation>{0} سے {1} تک کی پیمائشیں، اوقات {2} ({3}) میں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="273"/>
        <source>Report created {0} ({1}).</source>
        <translation>رپورٹ {0} ({1}) کو بنائی گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="281"/>
        <source>Software</source>
        <translation>سافٹ ویئر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="282"/>
        <source>Source commit</source>
        <translation>سورس کمٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="283"/>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="284"/>
        <source>Operating system</source>
        <translation>آپریٹنگ سسٹم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="286"/>
        <source>Signing key</source>
        <translation>دستخطی کلید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="294"/>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="295"/>
        <source>Availability over time</source>
        <translation>وقت کے ساتھ دستیابی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="34"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="296"/>
        <source>Incidents</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="297"/>
        <source>Where and how this was measured</source>
        <translation>یہ کہاں اور کیسے ناپا گیا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="298"/>
        <source>Method</source>
        <translation>طریقۂ کار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="299"/>
        <source>How to check this report</source>
        <translation>اس رپورٹ کی جانچ کیسے کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="300"/>
        <source>Each band is one platform; its colour and the legend&apos;s symbol give the verdict of each sweep. Grey means nothing was measured then.</source>
        <translation>ہر پٹی ایک پلیٹ فارم ہے؛ اس کا رنگ اور علامات کی فہرست کا نشان ہر سویپ کا نتیجہ بتاتے ہیں۔ سرمئی کا مطلب ہے کہ اس وقت کچھ نہیں ناپا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="302"/>
        <source>Time to open a TCP connection to each platform, in milliseconds. A gap means no connection could be opened or nothing was measured.</source>
        <translation>ہر پلیٹ فارم سے TCP کنکشن کھولنے کا وقت، ملی سیکنڈ میں۔ خلا کا مطلب ہے کہ کوئی کنکشن نہیں کھل سکا یا کچھ نہیں ناپا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="304"/>
        <source>No incident in this range: every platform measured was reachable, or nothing was measured.</source>
        <translation>اس مدت میں کوئی واقعہ نہیں: ناپا گیا ہر پلیٹ فارم قابلِ رسائی تھا، یا کچھ نہیں ناپا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="306"/>
        <source>Signing key fingerprint: {0}</source>
        <translation>دستخطی کلید کا فنگر پرنٹ: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="307"/>
        <source>Made by Vantage. This file is self-contained: opening it fetches nothing from the internet.</source>
        <translation>Vantage سے بنی۔ یہ فائل اپنے آپ میں مکمل ہے: اسے کھولنے سے انٹرنیٹ سے کچھ نہیں منگوایا جاتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="644"/>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="195"/>
        <source>Local time (UTC{0})</source>
        <translation>مقامی وقت (UTC{0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="27"/>
        <source>Vantage probes each platform from this computer&apos;s own connection. For every endpoint it resolves the name with the system resolver and with independent DNS-over-HTTPS resolvers, connects over TCP, performs a TLS handshake with the real server name (and, when that fails, with a decoy name to tell SNI filtering from other failures), fetches the page, and for one asset per platform measures the transfer rate.</source>
        <translation>Vantage ہر پلیٹ فارم کو اسی کمپیوٹر کے اپنے کنکشن سے جانچتا ہے۔ ہر اینڈ پوائنٹ کے لیے وہ نام کو سسٹم کے ریزولور اور آزاد DNS-over-HTTPS ریزولورز دونوں سے حل کرتا ہے، TCP پر جڑتا ہے، سرور کے اصل نام کے ساتھ TLS ہینڈ شیک کرتا ہے (اور جب وہ ناکام ہو تو ایک فرضی نام کے ساتھ، تاکہ SNI فلٹرنگ کو دوسری ناکامیوں سے الگ پہچانا جا سکے)، صفحہ حاصل کرتا ہے، اور ہر پلیٹ فارم کی ایک فائل کے لیے منتقلی کی رفتار ناپتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="32"/>
        <source>A blocking verdict is only given when a re-test repeats the failure. A platform takes its most severe endpoint verdict. When the whole connection is down (the operating systems&apos; connectivity checks fail too) the verdict is &quot;offline&quot; rather than blocking; behind a VPN, blame is withheld. Throttling means a transfer rate under both 1 Mbit/s and a quarter of the median of the other platforms in the same sweep.</source>
        <translation>بندش کا نتیجہ صرف اسی وقت دیا جاتا ہے جب دوبارہ جانچ میں بھی وہی ناکامی آئے۔ ہر پلیٹ فارم کو اس کے اینڈ پوائنٹس میں سب سے سنگین نتیجہ ملتا ہے۔ جب پورا کنکشن بند ہو (آپریٹنگ سسٹمز کی رابطے کی جانچ بھی ناکام ہو) تو نتیجہ بندش کے بجائے &quot;آف لائن&quot; ہوتا ہے؛ VPN کے پیچھے کسی پر الزام نہیں لگایا جاتا۔ رفتار گھٹانے کا مطلب ہے منتقلی کی ایسی رفتار جو 1 Mbit/s سے بھی کم ہو اور اسی سویپ میں دوسرے پلیٹ فارمز کی درمیانی رفتار کے چوتھائی سے بھی کم۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="37"/>
        <source>Every sweep is one block of a hash-chained log: each block holds the previous block&apos;s hash and the Merkle root (RFC 9162) of its measurements&apos; exact bytes (RFC 8785 canonical JSON), so no measurement can be changed, removed, inserted or reordered afterwards without breaking the chain. The public IP address and the resolver address enter the log only as salted commitments, which a bundle may disclose or withhold.</source>
        <translation>ہر سویپ ہیش سے جڑے لاگ کا ایک بلاک ہے: ہر بلاک میں پچھلے بلاک کا ہیش اور اس کی پیمائشوں کے عین بائٹس (RFC 8785 معیاری JSON) کا Merkle روٹ (RFC 9162) ہوتا ہے، اس لیے بعد میں کوئی پیمائش زنجیر توڑے بغیر نہ بدلی جا سکتی ہے، نہ ہٹائی، نہ داخل کی اور نہ اس کی ترتیب بدلی جا سکتی ہے۔ عوامی IP پتا اور ریزولور کا پتا لاگ میں صرف نمک لگے وعدوں (commitments) کی صورت میں آتے ہیں، جنہیں بنڈل ظاہر بھی کر سکتا ہے اور روک بھی سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="43"/>
        <source>Vantage evidence report</source>
        <translation>Vantage ثبوت کی رپورٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="82"/>
        <source>Clock offset: not measured (no web server in range sent a Date header).</source>
        <translation>گھڑی کا فرق: نہیں ناپا گیا (اس مدت میں کسی ویب سرور نے Date ہیڈر نہیں بھیجا)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="85"/>
        <source>This computer&apos;s clock was {0} ahead of the web servers&apos; clocks (median of {1} HTTP Date headers; they have one-second resolution).</source>
        <translation>اس کمپیوٹر کی گھڑی ویب سرورز کی گھڑیوں سے {0} آگے تھی ({1} HTTP Date ہیڈرز کی درمیانی قدر؛ ان کی درستی ایک سیکنڈ ہے)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="88"/>
        <source>This computer&apos;s clock was {0} behind the web servers&apos; clocks (median of {1} HTTP Date headers; they have one-second resolution).</source>
        <translation>اس کمپیوٹر کی گھڑی ویب سرورز کی گھڑیوں سے {0} پیچھے تھی ({1} HTTP Date ہیڈرز کی درمیانی قدر؛ ان کی درستی ایک سیکنڈ ہے)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="116"/>
        <source>(and {0} other networks in range; see incidents)</source>
        <translation>(اور اس مدت میں {0} دوسرے نیٹ ورک؛ واقعات دیکھیں)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="40"/>
        <source>Jan</source>
        <translation>جنوری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="40"/>
        <source>Feb</source>
        <translation>فروری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="40"/>
        <source>Mar</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="41"/>
        <source>Apr</source>
        <translation>اپریل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="41"/>
        <source>May</source>
        <translation>مئی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="41"/>
        <source>Jun</source>
        <translation>جون</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="42"/>
        <source>Jul</source>
        <translation>جولائی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="42"/>
        <source>Aug</source>
        <translation>اگست</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="42"/>
        <source>Sep</source>
        <translation>ستمبر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="43"/>
        <source>Oct</source>
        <translation>اکتوبر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="43"/>
        <source>Nov</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="43"/>
        <source>Dec</source>
        <translation>دسمبر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="189"/>
        <source>No measurements in this range.</source>
        <translation>اس مدت میں کوئی پیمائش نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="216"/>
        <source>No measurement</source>
        <translation>کوئی پیمائش نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="229"/>
        <source>Availability of each platform over time</source>
        <translation>وقت کے ساتھ ہر پلیٹ فارم کی دستیابی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="337"/>
        <source>Connection time of each platform over time, in milliseconds</source>
        <translation>وقت کے ساتھ ہر پلیٹ فارم سے جڑنے کا وقت، ملی سیکنڈ میں</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="112"/>
        <source>Vantage settings</source>
        <translation>Vantage کی ترتیبات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="133"/>
        <source>Data used: last sweep {0} · today {1} (as counted by this computer)</source>
        <translation>استعمال شدہ ڈیٹا: پچھلا سویپ {0} · آج {1} (اس کمپیوٹر کی گنتی کے مطابق)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="136"/>
        <source>Extra targets</source>
        <translation>اضافی اہداف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="174"/>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="114"/>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="176"/>
        <source>Probe every</source>
        <translation>جانچ کا وقفہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="200"/>
        <source>The standard folder for your system</source>
        <translation>آپ کے سسٹم کا معیاری فولڈر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="201"/>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="232"/>
        <source>Where Vantage keeps its data</source>
        <translation>Vantage اپنا ڈیٹا کہاں رکھے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="243"/>
        <source>Your own targets</source>
        <translation>آپ کے اپنے اہداف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="244"/>
        <source>&amp;Add URL…</source>
        <translation>ویب پتہ &amp;شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="245"/>
        <source>&amp;Import Citizen Lab list…</source>
        <translation>Citizen Lab کی فہرست &amp;درآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="246"/>
        <source>&amp;Remove</source>
        <translation>&amp;ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="257"/>
        <source>Probed with every sweep, besides the platforms. Changes apply at the next sweep.</source>
        <translation>پلیٹ فارمز کے علاوہ ہر راؤنڈ میں ان کی بھی جانچ ہوتی ہے۔ تبدیلیاں اگلے راؤنڈ سے لاگو ہوں گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="273"/>
        <source>Your targets file could not be read: {0}</source>
        <translation>آپ کے اہداف کی فائل پڑھی نہیں جا سکی: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="275"/>
        <source>Test list: {0}</source>
        <translation>جانچ کی فہرست: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="284"/>
        <source>Add a target</source>
        <translation>ہدف شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="284"/>
        <source>URL (https://, http://, tcp://host:port or tls://host:port):</source>
        <translation>ویب پتہ (https://، http://، tcp://host:port یا tls://host:port):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="293"/>
        <source>Not added: {0} {1}.</source>
        <translation>شامل نہیں کیا گیا: {0} {1}۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="295"/>
        <source>Added {0}.</source>
        <translation>{0} شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="300"/>
        <source>Import a Citizen Lab test list</source>
        <translation>Citizen Lab کی جانچ کی فہرست درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="301"/>
        <source>Test lists (*.csv)</source>
        <translation>جانچ کی فہرستیں (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="309"/>
        <source>Not imported: {0}</source>
        <translation>درآمد نہیں ہو سکی: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="311"/>
        <source>Imported {0}.</source>
        <translation>{0} درآمد ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="316"/>
        <source>Remove target</source>
        <translation>ہدف ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="324"/>
        <source>Stop probing {0}? Its past measurements stay in the history.</source>
        <translation>{0} کی جانچ بند کر دیں؟ اس کی پچھلی پیمائشیں تاریخچے میں رہیں گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="331"/>
        <source>Removed {0}.</source>
        <translation>{0} ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="346"/>
        <source>Choose at least one platform to probe.</source>
        <translation>جانچنے کے لیے کم از کم ایک پلیٹ فارم چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="360"/>
        <source>Not saved: {0}</source>
        <translation>محفوظ نہیں ہوا: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="83"/>
        <source>Probing</source>
        <translation>پیمائش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="84"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="85"/>
        <source>Data</source>
        <translation>ڈیٹا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="86"/>
        <source>Frugality</source>
        <translation>کفایت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="87"/>
        <source>App</source>
        <translation>ایپ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="88"/>
        <source>Evidence</source>
        <translation>ثبوت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="91"/>
        <source>System language</source>
        <translation>سسٹم کی زبان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="115"/>
        <source>From 1 minute to 1 hour.</source>
        <translation>ایک منٹ سے ایک گھنٹے تک۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="118"/>
        <source>Platforms to probe</source>
        <translation>جن پلیٹ فارمز کی پیمائش کرنی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="119"/>
        <source>The connectivity checks always run.</source>
        <translation>کنکشن کی جانچ ہمیشہ چلتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="121"/>
        <source>Timeout per network operation (seconds)</source>
        <translation>ہر نیٹ ورک کارروائی کی مہلت (سیکنڈ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="122"/>
        <source>A sweep always ends within five times this.</source>
        <translation>ایک راؤنڈ ہمیشہ اس کے پانچ گنا وقت میں ختم ہو جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="124"/>
        <source>Independent DNS resolvers (DNS-over-HTTPS)</source>
        <translation>آزاد DNS سرور (DNS-over-HTTPS)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="125"/>
        <source>Compared with your own resolver to recognise DNS blocking.</source>
        <translation>DNS بلاکنگ پہچاننے کے لیے آپ کے اپنے DNS سرور سے موازنہ کیا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="128"/>
        <source>Look up my public IP address and network</source>
        <translation>میرا عوامی IP پتہ اور نیٹ ورک معلوم کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="129"/>
        <source>Records your network (ISP, country) with each sweep. The address itself is kept as a salted commitment.</source>
        <translation>ہر راؤنڈ کے ساتھ آپ کا نیٹ ورک (انٹرنیٹ فراہم کنندہ، ملک) محفوظ ہوتا ہے۔ خود پتہ صرف ایک خفیہ نشان کی صورت میں رکھا جاتا ہے جو کچھ ظاہر نہیں کرتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="132"/>
        <source>Public IP lookup service</source>
        <translation>عوامی IP معلوم کرنے کی سروس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="134"/>
        <source>Ask OONI&apos;s test helper to check each site from outside my network</source>
        <translation>ہر سائٹ کو میرے نیٹ ورک کے باہر سے جانچنے کے لیے OONI کے ٹیسٹ ہیلپر سے کہیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="135"/>
        <source>Lets OONI&apos;s analysis confirm a block in exported measurements. It tells OONI&apos;s servers which web addresses and server addresses were tested, and when.</source>
        <translation>اس سے OONI کا تجزیہ برآمد شدہ پیمائشوں میں رکاوٹ کی تصدیق کر سکتا ہے۔ یہ OONI کے سرورز کو بتاتا ہے کہ کون سے ویب پتے اور سرور پتے کب جانچے گئے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="139"/>
        <source>OONI-compatible test helper</source>
        <translation>OONI سے مطابقت رکھنے والا ٹیسٹ ہیلپر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="142"/>
        <source>Where data lives</source>
        <translation>ڈیٹا کہاں رکھا جائے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="143"/>
        <source>Empty: the standard folder for your system.</source>
        <translation>خالی: آپ کے سسٹم کا معیاری فولڈر۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="146"/>
        <source>Pause while on battery</source>
        <translation>بیٹری پر ہوں تو روک دیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="148"/>
        <source>Pause on a metered connection</source>
        <translation>محدود (میٹرڈ) کنکشن پر روک دیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="150"/>
        <source>Measure download speed every (minutes)</source>
        <translation>ڈاؤن لوڈ کی رفتار ہر (منٹ) ناپیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="151"/>
        <source>Throttling is judged from one small download per platform (about 2.5 MB in all). 0 measures it in every sweep.</source>
        <translation>رفتار کم کرنے کا اندازہ ہر پلیٹ فارم سے ایک چھوٹے ڈاؤن لوڈ سے ہوتا ہے (کل تقریباً 2.5 MB)۔ 0 ہر جائزے میں ناپتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="158"/>
        <source>Daily data cap (MB)</source>
        <translation>روزانہ ڈیٹا کی حد (MB)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="159"/>
        <source>Probing pauses until midnight once today&apos;s sweeps have used this much. 0 means no cap.</source>
        <translation>جب آج کے جائزے اتنا ڈیٹا استعمال کر لیں تو جانچ آدھی رات تک رک جاتی ہے۔ 0 کا مطلب کوئی حد نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="162"/>
        <source>Notify me when a platform&apos;s state changes</source>
        <translation>جب کسی پلیٹ فارم کی حالت بدلے تو مجھے اطلاع دیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="164"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="165"/>
        <source>The app follows your system&apos;s language unless you choose one. Takes effect when Vantage starts again.</source>
        <translation>جب تک آپ کوئی زبان نہ چنیں، ایپ آپ کے سسٹم کی زبان استعمال کرتی ہے۔ تبدیلی ایپ دوبارہ شروع ہونے پر لاگو ہوگی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="169"/>
        <source>Start Vantage when I log in</source>
        <translation>لاگ اِن ہونے پر Vantage شروع کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="170"/>
        <source>It then measures in the background from the moment you log in.</source>
        <translation>پھر یہ لاگ اِن کے لمحے سے پس منظر میں پیمائش کرتا رہتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="173"/>
        <source>Timestamp authority (RFC 3161)</source>
        <translation>وقت کی مہر دینے والا ادارہ (RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="174"/>
        <source>Empty: bundles are signed but not timestamped. A timestamp proves when a bundle existed; asking for one tells the authority that you exported something at that moment (nothing of its content).</source>
        <translation>خالی: بنڈل پر دستخط ہوتے ہیں مگر وقت کی مہر نہیں لگتی۔ وقت کی مہر ثابت کرتی ہے کہ بنڈل کب موجود تھا؛ مہر مانگنے سے ادارے کو صرف یہ پتہ چلتا ہے کہ آپ نے اس لمحے کچھ برآمد کیا (اس کا مواد نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="179"/>
        <source>Timestamp bundles when an authority is set</source>
        <translation>ادارہ مقرر ہو تو بنڈلوں پر وقت کی مہر لگائیں</translation>
    </message>
</context>
<context>
    <name>StateBanner</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="89"/>
        <source>Show evidence…</source>
        <translation>ثبوت دیکھیں…</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="30"/>
        <source>The ISP&apos;s resolver</source>
        <translation>انٹرنیٹ فراہم کنندہ کا DNS سرور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="31"/>
        <source>The independent resolver</source>
        <translation>آزاد DNS سرور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="32"/>
        <source>This computer&apos;s own lookup</source>
        <translation>اس کمپیوٹر کی اپنی تلاش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="36"/>
        <source>DNS: the ISP&apos;s resolver</source>
        <translation>DNS: انٹرنیٹ فراہم کنندہ کا DNS سرور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="37"/>
        <source>DNS: independent resolver ({0})</source>
        <translation>DNS: آزاد DNS سرور ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="38"/>
        <source>DNS: this computer&apos;s own lookup</source>
        <translation>DNS: اس کمپیوٹر کی اپنی تلاش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="39"/>
        <source>Connection to {0} port {1}</source>
        <translation>{0} سے پورٹ {1} پر کنکشن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="40"/>
        <source>Connection kept open</source>
        <translation>کنکشن کھلا رکھا گیا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="41"/>
        <source>Secure connection (TLS) for {0}</source>
        <translation>{0} کے لیے محفوظ کنکشن (TLS)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="42"/>
        <source>Secure connection without checking the certificate</source>
        <translation>سرٹیفکیٹ جانچے بغیر محفوظ کنکشن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="43"/>
        <source>Secure connection with an innocuous name ({0})</source>
        <translation>ایک بے ضرر نام ({0}) کے ساتھ محفوظ کنکشن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="44"/>
        <source>Web page</source>
        <translation>ویب صفحہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="45"/>
        <source>Web page behind the invalid certificate</source>
        <translation>غلط سرٹیفکیٹ کے پیچھے ویب صفحہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="46"/>
        <source>Download</source>
        <translation>ڈاؤن لوڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="51"/>
        <source>No answer within {0} s.</source>
        <translation>{0} سیکنڈ میں کوئی جواب نہیں آیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="52"/>
        <source>The connection was refused.</source>
        <translation>کنکشن رد کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="53"/>
        <source>The connection was reset.</source>
        <translation>کنکشن توڑ دیا گیا (ری سیٹ)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="54"/>
        <source>The connection was closed before an answer came.</source>
        <translation>جواب آنے سے پہلے کنکشن بند کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="55"/>
        <source>The resolver said the name does not exist.</source>
        <translation>DNS سرور نے کہا کہ یہ نام موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="56"/>
        <source>The resolver gave no address for the name.</source>
        <translation>DNS سرور نے اس نام کا کوئی پتہ نہیں دیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="57"/>
        <source>The resolver refused to answer.</source>
        <translation>DNS سرور نے جواب دینے سے انکار کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="58"/>
        <source>The resolver could not answer (server failure).</source>
        <translation>DNS سرور جواب نہ دے سکا (سرور کی خرابی)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="59"/>
        <source>The resolver&apos;s answer could not be read.</source>
        <translation>DNS سرور کا جواب پڑھا نہ جا سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="60"/>
        <source>The certificate presented is for another name.</source>
        <translation>پیش کیا گیا سرٹیفکیٹ کسی اور نام کا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="62"/>
        <source>The certificate presented was not issued by an authority trusted here.</source>
        <translation>پیش کیا گیا سرٹیفکیٹ کسی ایسے ادارے نے جاری نہیں کیا جس پر یہاں بھروسا ہو۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="63"/>
        <source>The certificate presented is expired or otherwise invalid.</source>
        <translation>پیش کیا گیا سرٹیفکیٹ میعاد ختم ہو چکا ہے یا کسی اور وجہ سے غلط ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="64"/>
        <source>The secure connection could not be set up.</source>
        <translation>محفوظ کنکشن قائم نہ ہو سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="65"/>
        <source>The address could not be reached (no route to it).</source>
        <translation>اس پتے تک رسائی نہ ہو سکی (اس تک کوئی راستہ نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="67"/>
        <source>The address could not be reached (no route to its network).</source>
        <translation>اس پتے تک رسائی نہ ہو سکی (اس کے نیٹ ورک تک کوئی راستہ نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="68"/>
        <source>The page redirected in a loop.</source>
        <translation>صفحہ بار بار ایک دائرے میں ری ڈائریکٹ ہوتا رہا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="69"/>
        <source>The server&apos;s answer was not valid HTTP.</source>
        <translation>سرور کا جواب درست HTTP نہیں تھا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="71"/>
        <source>Not contacted: the address is outside the networks this app may probe.</source>
        <translation>رابطہ نہیں کیا گیا: یہ پتہ ان نیٹ ورکس سے باہر ہے جنہیں یہ ایپ جانچ سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="72"/>
        <source>Not contacted: the only answers were non-public addresses.</source>
        <translation>رابطہ نہیں کیا گیا: جواب میں صرف غیر عوامی پتے تھے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="73"/>
        <source>This computer itself refused to send it (its firewall).</source>
        <translation>اس کمپیوٹر نے خود اسے بھیجنے سے انکار کیا (اس کی فائر وال)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="75"/>
        <source>This computer has no route to that address (for example, no IPv6 here).</source>
        <translation>اس کمپیوٹر کے پاس اس پتے تک کوئی راستہ نہیں (مثلاً یہاں IPv6 نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="77"/>
        <source>It failed; the detail column names how.</source>
        <translation>یہ ناکام رہا؛ تفصیل کے کالم میں وجہ لکھی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="78"/>
        <source>No answer in time.</source>
        <translation>وقت پر کوئی جواب نہیں آیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="83"/>
        <source>The secure connection was refused after the server name was sent.</source>
        <translation>سرور کا نام بھیجنے کے بعد محفوظ کنکشن رد کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="84"/>
        <source>The secure connection was closed after the server name was sent.</source>
        <translation>سرور کا نام بھیجنے کے بعد محفوظ کنکشن بند کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="85"/>
        <source>No answer within {0} s after the server name was sent.</source>
        <translation>سرور کا نام بھیجنے کے بعد {0} سیکنڈ میں کوئی جواب نہیں آیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="87"/>
        <source>With an innocuous name the secure connection was refused too.</source>
        <translation>ایک بے ضرر نام کے ساتھ بھی محفوظ کنکشن رد کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="88"/>
        <source>With an innocuous name the secure connection was closed too.</source>
        <translation>ایک بے ضرر نام کے ساتھ بھی محفوظ کنکشن بند کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="90"/>
        <source>With an innocuous name there was no answer within {0} s either.</source>
        <translation>ایک بے ضرر نام کے ساتھ بھی {0} سیکنڈ میں کوئی جواب نہیں آیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="91"/>
        <source>The connection was reset right after it opened.</source>
        <translation>کنکشن کھلتے ہی توڑ دیا گیا (ری سیٹ)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="95"/>
        <source>{0} answered {1}.</source>
        <translation>{0} نے جواب میں {1} دیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="96"/>
        <source>{0} answered {1}; the independent resolver answered {2}.</source>
        <translation>{0} نے جواب میں {1} دیا؛ آزاد DNS سرور نے جواب میں {2} دیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="97"/>
        <source>{0} answered {1}, as the independent resolver did.</source>
        <translation>{0} نے جواب میں {1} دیا، جیسا کہ آزاد DNS سرور نے بھی دیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="99"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="102"/>
        <source>{0} said the name does not exist.</source>
        <translation>{0} نے کہا کہ یہ نام موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="103"/>
        <source>{0} gave no address for the name.</source>
        <translation>{0} نے اس نام کا کوئی پتہ نہیں دیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="104"/>
        <source>{0} refused to answer.</source>
        <translation>{0} نے جواب دینے سے انکار کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="105"/>
        <source>{0} could not answer (server failure).</source>
        <translation>{0} جواب نہ دے سکا (سرور کی خرابی)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="106"/>
        <source>{0} sent an answer that could not be read.</source>
        <translation>{0} نے ایسا جواب بھیجا جو پڑھا نہ جا سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="107"/>
        <source>{0} gave no answer within {1} s.</source>
        <translation>{0} نے {1} سیکنڈ میں کوئی جواب نہیں دیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="110"/>
        <source>Connected in {0} ms.</source>
        <translation>{0} ms میں کنکشن قائم ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="111"/>
        <source>The connection stayed open.</source>
        <translation>کنکشن کھلا رہا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="112"/>
        <source>The secure connection was set up; the certificate is valid for {0}.</source>
        <translation>محفوظ کنکشن قائم ہوا؛ سرٹیفکیٹ {0} کے لیے درست ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="113"/>
        <source>The certificate presented was issued by {0} for {1}.</source>
        <translation>پیش کیا گیا سرٹیفکیٹ {0} نے {1} کے لیے جاری کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="114"/>
        <source>A secure connection was set up without checking the certificate.</source>
        <translation>سرٹیفکیٹ جانچے بغیر محفوظ کنکشن قائم ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="115"/>
        <source>With an innocuous name the same address set up a secure connection.</source>
        <translation>ایک بے ضرر نام کے ساتھ اسی پتے نے محفوظ کنکشن قائم کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="116"/>
        <source>The page answered HTTP {0}.</source>
        <translation>صفحے نے HTTP {0} سے جواب دیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="117"/>
        <source>The page answered HTTP {0} ({1}).</source>
        <translation>صفحے نے HTTP {0} ({1}) سے جواب دیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="118"/>
        <source>The page is a known block page ({0}).</source>
        <translation>یہ صفحہ ایک معلوم پابندی کا صفحہ ہے ({0})۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="119"/>
        <source>The page answered HTTP {0} but did not finish within {1} s.</source>
        <translation>صفحے نے HTTP {0} سے جواب دیا لیکن {1} سیکنڈ میں مکمل نہ ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="120"/>
        <source>Behind the invalid certificate the page answered HTTP {0}.</source>
        <translation>غلط سرٹیفکیٹ کے پیچھے صفحے نے HTTP {0} سے جواب دیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="121"/>
        <source>Behind the invalid certificate is a known block page ({0}).</source>
        <translation>غلط سرٹیفکیٹ کے پیچھے ایک معلوم پابندی کا صفحہ ہے ({0})۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="122"/>
        <source>Downloaded {0} kB at {1} kB/s.</source>
        <translation>{0} kB ڈاؤن لوڈ ہوا، {1} kB/s کی رفتار سے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="123"/>
        <source>Downloaded {0} kB at {1} kB/s before the time limit stopped it.</source>
        <translation>وقت کی حد ختم ہونے سے پہلے {0} kB ڈاؤن لوڈ ہوا، {1} kB/s کی رفتار سے۔</translation>
    </message>
</context>
<context>
    <name>UnconfirmedModel</name>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="153"/>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="153"/>
        <source>Seen</source>
        <translation>دیکھا گیا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="154"/>
        <source>Technique</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="154"/>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="155"/>
        <source>Affected</source>
        <translation>متاثر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="155"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="88"/>
        <source>Works</source>
        <translation>چل رہا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="64"/>
        <source>Blocked (DNS)</source>
        <translation>بلاک (DNS)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="67"/>
        <source>Blocked (forged DNS)</source>
        <translation>بلاک (جعلی DNS)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="69"/>
        <source>Blocked (IP)</source>
        <translation>بلاک (IP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="71"/>
        <source>Blocked (connection reset)</source>
        <translation>بلاک (کنکشن توڑا گیا)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="74"/>
        <source>Blocked (SNI filtering)</source>
        <translation>بلاک (SNI فلٹرنگ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="77"/>
        <source>Intercepted (certificate)</source>
        <translation>مداخلت (سرٹیفکیٹ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="80"/>
        <source>Blocked (blockpage)</source>
        <translation>بلاک (پابندی کا صفحہ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="83"/>
        <source>Throttled</source>
        <translation>رفتار گھٹائی گئی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="60"/>
        <source>Offline</source>
        <translation>آف لائن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="62"/>
        <source>Captive portal</source>
        <translation>لاگ اِن صفحہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="86"/>
        <source>Platform down</source>
        <translation>پلیٹ فارم میں خرابی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="87"/>
        <source>Unclear</source>
        <translation>غیر واضح</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="70"/>
        <source>Verify an evidence bundle</source>
        <translation>ثبوت کے بنڈل کی تصدیق کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="84"/>
        <source>Bundle file</source>
        <translation>بنڈل فائل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="85"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;تلاش کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="91"/>
        <source>SHA256:… (optional: the fingerprint the sender gave you)</source>
        <translation>SHA256:… (اختیاری: بھیجنے والے کا دیا ہوا فنگر پرنٹ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="92"/>
        <source>Expected signing key</source>
        <translation>متوقع دستخطی کلید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="96"/>
        <source>Check</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="96"/>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="98"/>
        <source>Checks</source>
        <translation>جانچیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="103"/>
        <source>&amp;Verify</source>
        <translation>&amp;تصدیق کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="108"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;بنڈل:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="109"/>
        <source>&amp;Expected key:</source>
        <translation>&amp;متوقع کلید:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="119"/>
        <source>Choose an evidence bundle</source>
        <translation>ثبوت کا بنڈل منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="120"/>
        <source>Zip files (*.zip)</source>
        <translation>زپ فائلیں (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="129"/>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="151"/>
        <source>&lt;b&gt;{0} The bundle is intact&lt;/b&gt; and was signed by {1}.</source>
        <translation>&lt;b&gt;{0} بنڈل صحیح سلامت ہے&lt;/b&gt; اور اس پر {1} کے دستخط ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="154"/>
        <source>&lt;b&gt;{0} The bundle failed verification:&lt;/b&gt; do not rely on it.</source>
        <translation>&lt;b&gt;{0} بنڈل تصدیق میں ناکام رہا:&lt;/b&gt; اس پر بھروسہ نہ کریں۔</translation>
    </message>
</context>
<context>
    <name>VerifyText</name>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="17"/>
        <source>How to check this evidence bundle without Vantage</source>
        <translation>اس ثبوتی بنڈل کو Vantage کے بغیر کیسے جانچیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="18"/>
        <source>Unpack the zip into an empty folder and run these commands inside it. Each must succeed.
The signer&apos;s key fingerprint is in {0} (&quot;signer&quot;); compare it with the one the
person who measured gave you beforehand ({1} prints it).</source>
        <translation>zip کو ایک خالی فولڈر میں کھولیں اور اس کے اندر یہ کمانڈز چلائیں۔ ہر ایک کامیاب ہونی چاہیے۔
دستخط کرنے والے کی کلید کا فنگر پرنٹ {0} (&quot;signer&quot;) میں ہے؛ اسے اس فنگر پرنٹ سے ملائیں جو
پیمائش کرنے والے شخص نے آپ کو پہلے سے دیا تھا ({1} اسے دکھاتی ہے)۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="21"/>
        <source>1. The signature over the list of files (OpenSSH 8.1 or newer):</source>
        <translation>1. فائلوں کی فہرست پر دستخط (OpenSSH 8.1 یا نیا):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="22"/>
        <source>It prints: {0}</source>
        <translation>یہ دکھاتی ہے: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="23"/>
        <source>2. Every file against the list:</source>
        <translation>2. ہر فائل، فہرست کے مقابل:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="24"/>
        <source>run the signature check through cmd, not PowerShell (PowerShell pipes alter bytes):</source>
        <translation>دستخط کی جانچ cmd سے چلائیں، PowerShell سے نہیں (PowerShell کے پائپ بائٹس بدل دیتے ہیں):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="26"/>
        <source>and compare each file&apos;s hash with its line in {0}:</source>
        <translation>اور ہر فائل کا ہیش {0} میں اس کی سطر سے ملائیں:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="27"/>
        <source>Also check that the folder holds no file that {0} does not list, other than
{0}, {1} and {2}.</source>
        <translation>یہ بھی دیکھیں کہ فولڈر میں کوئی ایسی فائل نہ ہو جو {0} میں درج نہیں، سوائے
{0}، {1} اور {2} کے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="29"/>
        <source>3. If {0} is present, it is an RFC 3161 token from a timestamp authority over the
signature&apos;s bytes, proving the bundle existed by the time it states. With the authority&apos;s CA
certificate (and its signing certificate, if the token does not include it):</source>
        <translation>3. اگر {0} موجود ہو تو وہ دستخط کے بائٹس پر کسی ٹائم اسٹیمپ اتھارٹی کا RFC 3161 ٹوکن ہے،
جو ثابت کرتا ہے کہ بنڈل اس میں لکھے وقت تک موجود تھا۔ اتھارٹی کے CA سرٹیفکیٹ کے ساتھ
(اور اس کے دستخطی سرٹیفکیٹ کے ساتھ، اگر ٹوکن میں شامل نہ ہو):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="33"/>
        <source>(shows the time)</source>
        <translation>(وقت دکھاتی ہے)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="34"/>
        <source>4. With Vantage installed, {0} makes every check
above and more: the hash chain of {1}, each block&apos;s Merkle root, every measurement&apos;s
inclusion proof ({2}), the disclosed values against their commitments
({3}), and the log checkpoint in {4}.</source>
        <translation>4. اگر Vantage انسٹال ہو تو {0} اوپر کی ہر جانچ
اور اس سے زیادہ کرتی ہے: {1} کی ہیش زنجیر، ہر بلاک کا Merkle روٹ، ہر پیمائش کا
شمولیت کا ثبوت ({2})، ظاہر کی گئی قدریں ان کے وعدوں کے مقابل
({3})، اور {4} میں لاگ کا چیک پوائنٹ۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="38"/>
        <source>What the files are</source>
        <translation>فائلیں کیا ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="99"/>
        <source>every revealed measurement, as the exact bytes the log hashed</source>
        <translation>ہر ظاہر کی گئی پیمائش، انہی بائٹس میں جن کا لاگ نے ہیش لیا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="101"/>
        <source>for each, its block and position, with a Merkle inclusion proof when only part
of its block is revealed (a whole block is checked against its root instead)</source>
        <translation>ہر ایک کا بلاک اور مقام، اور جب اس کے بلاک کا صرف کچھ حصہ ظاہر ہو تو Merkle شمولیت کا ثبوت
(پورا بلاک اس کے بجائے اپنے روٹ سے جانچا جاتا ہے)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="104"/>
        <source>the header of every block in range and the one before (one JSON line each,
exactly the bytes whose SHA-256 is the block&apos;s hash)</source>
        <translation>مدت کے ہر بلاک اور اس سے پہلے والے کا ہیڈر (ہر ایک JSON کی ایک سطر،
عین وہ بائٹس جن کا SHA-256 بلاک کا ہیش ہے)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="107"/>
        <source>salts and values behind the commitments that were revealed (public IP, resolver)</source>
        <translation>ظاہر کیے گئے وعدوں کے پیچھے نمک اور قدریں (عوامی IP، ریزولور)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="109"/>
        <source>a flat summary for spreadsheets</source>
        <translation>اسپریڈ شیٹ کے لیے سادہ خلاصہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="110"/>
        <source>the incidents in range, as the History view computes them</source>
        <translation>مدت کے واقعات، جیسے تاریخچہ کا منظر انہیں نکالتا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="111"/>
        <source>the same measurements in OONI&apos;s data format (urlgetter-style, as measured:
no test helper&apos;s control unless one was asked), gzipped JSONL as OONI publishes
its own (read it with zcat or gunzip)</source>
        <translation>یہی پیمائشیں OONI کے ڈیٹا فارمیٹ میں (urlgetter طرز پر، جیسے ناپی گئیں:
ٹیسٹ ہیلپر کا موازنہ نہیں جب تک مانگا نہ گیا ہو)، gzip شدہ JSONL جیسے OONI
اپنی پیمائشیں شائع کرتا ہے (اسے zcat یا gunzip سے پڑھیں)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="114"/>
        <source>the certificates and bodies the measurements name, each under its SHA-256</source>
        <translation>پیمائشوں میں مذکور سرٹیفکیٹ اور صفحات، ہر ایک اپنے SHA-256 کے نام سے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="116"/>
        <source>the human-readable report</source>
        <translation>انسانوں کے پڑھنے کے لیے رپورٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="117"/>
        <source>what, when, from which software and log checkpoint, and what was withheld</source>
        <translation>کیا، کب، کس سافٹ ویئر اور لاگ چیک پوائنٹ سے، اور کیا روکا گیا</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="41"/>
        <source>Choose a bundle file first.</source>
        <translation>پہلے بنڈل فائل چنیں۔</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="28"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="29"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="30"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="31"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="32"/>
        <source>IP lookup</source>
        <translation>IP پتے کی تلاش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="33"/>
        <source>control</source>
        <translation>کنٹرول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="74"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="75"/>
        <source>{0} and {1} more</source>
        <translation>{0} اور {1} مزید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="76"/>
        <source>Waiting for: {0} — up to {1} s</source>
        <translation>انتظار ہے: {0} — زیادہ سے زیادہ {1} سیکنڈ</translation>
    </message>
</context>
</TS>
