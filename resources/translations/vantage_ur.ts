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
        <source>The history could not be written, so the last {0} sweep(s) are kept in memory and will be saved with the next sweep. Free some disk space or check the data folder; quitting now loses them.</source>
        <translation>تاریخچہ لکھی نہیں جا سکی، اس لیے آخری {0} سویپ میموری میں رکھے گئے ہیں اور اگلے سویپ کے ساتھ محفوظ ہوں گے۔ ڈسک پر کچھ جگہ خالی کریں یا ڈیٹا فولڈر دیکھیں؛ ابھی بند کرنے سے یہ ضائع ہو جائیں گے۔</translation>
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
        <location filename="../../desktop_app/gui/collection/window.py" line="120"/>
        <source>Collection</source>
        <translation>مجموعہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="142"/>
        <source>No collection open. Open a folder, then drop bundles (.zip) here.</source>
        <translation>کوئی مجموعہ کھلا نہیں۔ ایک فولڈر کھولیں، پھر بنڈل (.zip) یہاں چھوڑیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="144"/>
        <source>&amp;Open folder…</source>
        <translation>فولڈر &amp;کھولیں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="146"/>
        <source>&amp;Add bundles…</source>
        <translation>بنڈل &amp;شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="148"/>
        <source>&amp;Stop</source>
        <translation>&amp;روکیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="179"/>
        <source>Sinc&amp;e (UTC):</source>
        <translation>&amp;سے (UTC):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="180"/>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;تک (UTC):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="182"/>
        <source>Since</source>
        <translation>سے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="183"/>
        <source>Until</source>
        <translation>تک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="191"/>
        <source>Count only measurements made at or after this time</source>
        <translation>صرف وہ پیمائشیں گنیں جو اس وقت یا اس کے بعد کی گئیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="192"/>
        <source>Count only measurements made before this time</source>
        <translation>صرف وہ پیمائشیں گنیں جو اس وقت سے پہلے کی گئیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="198"/>
        <source>Range problem</source>
        <translation>مدت میں مسئلہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="209"/>
        <source>Bundles received</source>
        <translation>موصول بنڈل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="210"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="212"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="214"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="229"/>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="210"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="214"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="210"/>
        <source>Verdict</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="210"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="261"/>
        <source>Signers</source>
        <translation>دستخط کنندگان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="211"/>
        <source>Measurements</source>
        <translation>پیمائشیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="211"/>
        <source>First seen (UTC)</source>
        <translation>پہلی بار دیکھا (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="211"/>
        <source>Last seen (UTC)</source>
        <translation>آخری بار دیکھا (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="212"/>
        <source>Technique</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="212"/>
        <source>Start (UTC)</source>
        <translation>آغاز (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="213"/>
        <source>End (UTC)</source>
        <translation>اختتام (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="213"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="213"/>
        <source>Networks</source>
        <translation>نیٹ ورکس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="214"/>
        <source>Signer</source>
        <translation>دستخط کنندہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="214"/>
        <source>Saw it</source>
        <translation>جو دیکھا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="215"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="215"/>
        <source>Others who did not</source>
        <translation>دوسرے جنہوں نے ایسا نہیں دیکھا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="215"/>
        <source>From (UTC)</source>
        <translation>سے (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="216"/>
        <source>Until (UTC)</source>
        <translation>تک (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="217"/>
        <source>Vantage points that disagree with everyone else on their network</source>
        <translation>وہ مقامِ پیمائش جو اپنے نیٹ ورک پر باقی سب سے اختلاف رکھتے ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="219"/>
        <source>&amp;Picture</source>
        <translation>&amp;تصویر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="220"/>
        <source>Over &amp;time</source>
        <translation>&amp;وقت کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="221"/>
        <source>&amp;Incidents</source>
        <translation>&amp;واقعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="222"/>
        <source>&amp;Disagreement</source>
        <translation>&amp;اختلاف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="223"/>
        <source>Sig&amp;ners</source>
        <translation>&amp;دستخط کنندگان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="224"/>
        <source>&amp;Received</source>
        <translation>&amp;موصول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="230"/>
        <source>All platforms</source>
        <translation>تمام پلیٹ فارمز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="232"/>
        <source>P&amp;latform:</source>
        <translation>&amp;پلیٹ فارم:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="246"/>
        <source>A person whose view of a platform differed from everyone else measuring it on the same network at the same time. Shown, not hidden: it may be a faulty setup, or the first sign of a block.</source>
        <translation>وہ شخص جس کا کسی پلیٹ فارم کے بارے میں نتیجہ اسی وقت اسی نیٹ ورک پر اسے ناپنے والے باقی سب سے مختلف تھا۔ اسے چھپایا نہیں، دکھایا جاتا ہے: یہ غلط سیٹ اپ بھی ہو سکتا ہے، اور بندش کی پہلی علامت بھی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="259"/>
        <source>Fingerprint</source>
        <translation>فنگر پرنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="259"/>
        <source>Label</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="259"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="513"/>
        <source>Registered</source>
        <translation>رجسٹرڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="260"/>
        <source>Bundles</source>
        <translation>بنڈل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="267"/>
        <source>A name you know this person or place by</source>
        <translation>وہ نام جس سے آپ اس شخص یا جگہ کو جانتے ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="270"/>
        <source>Re&amp;gister</source>
        <translation>&amp;رجسٹر کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="271"/>
        <source>Give this key fingerprint a label, as `vantage collect signer add` does; its bundles then count as registered</source>
        <translation>اس کلید کے فنگر پرنٹ کو ایک نام دیں، جیسے `vantage collect signer add` دیتا ہے؛ پھر اس کے بنڈل رجسٹرڈ شمار ہوں گے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="276"/>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;فنگر پرنٹ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="276"/>
        <source>La&amp;bel:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="285"/>
        <source>Register the fingerprint someone sent you by a channel you trust (they see it with `vantage keys show`). Bundles from keys you have not registered are accepted, but marked unregistered.</source>
        <translation>وہ فنگر پرنٹ رجسٹر کریں جو کسی نے آپ کو قابلِ اعتماد ذریعے سے بھیجا ہو (وہ اسے `vantage keys show` سے دیکھتے ہیں)۔ غیر رجسٹرڈ کلیدوں کے بنڈل قبول ہوتے ہیں، مگر غیر رجسٹرڈ کے نشان کے ساتھ۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="307"/>
        <source>Choose the collection&apos;s folder</source>
        <translation>مجموعے کا فولڈر منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="313"/>
        <source>Collection: {0}</source>
        <translation>مجموعہ: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="336"/>
        <source>“Since” must be before “Until”; still showing the last valid range.</source>
        <translation>”سے“ کو ”تک“ سے پہلے ہونا چاہیے؛ ابھی آخری درست مدت دکھائی جا رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="355"/>
        <source>Choose evidence bundles</source>
        <translation>ثبوت کے بنڈل منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="356"/>
        <source>Zip files (*.zip)</source>
        <translation>زپ فائلیں (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="362"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="373"/>
        <source>Open a collection folder first.</source>
        <translation>پہلے مجموعے کا فولڈر کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="375"/>
        <source>Registering…</source>
        <translation>رجسٹر ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="395"/>
        <source>Verifying {0} (%v of %m)</source>
        <translation>{0} کی تصدیق (%m میں سے %v)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="404"/>
        <source>Stopped. The bundles accepted so far are kept; add the rest again to finish.</source>
        <translation>روک دیا گیا۔ اب تک قبول کیے گئے بنڈل محفوظ ہیں؛ کام مکمل کرنے کے لیے باقی دوبارہ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="425"/>
        <source>Registered {0} as “{1}”.</source>
        <translation>{0} کو ”{1}“ کے نام سے رجسٹر کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="426"/>
        <source>Relabelled {0} as “{1}”.</source>
        <translation>{0} کا نام بدل کر ”{1}“ کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="436"/>
        <source>{0} accepted from {1} ({2} unregistered), {3} rejected; {4}.</source>
        <translation>{1} سے {0} قبول ({2} غیر رجسٹرڈ)، {3} مسترد؛ {4}۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/collection/window.py" line="437"/>
        <source>%Ln bundle(s)</source>
        <translation>
            <numerusform>%Ln بنڈل</numerusform>
            <numerusform>%Ln بنڈل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/collection/window.py" line="438"/>
        <source>%Ln signer(s)</source>
        <translation>
            <numerusform>%Ln دستخط کنندہ</numerusform>
            <numerusform>%Ln دستخط کنندگان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/collection/window.py" line="439"/>
        <source>%Ln distinct measurement(s)</source>
        <translation>
            <numerusform>%Ln الگ پیمائش</numerusform>
            <numerusform>%Ln الگ پیمائشیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="496"/>
        <source>blocked</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="496"/>
        <source>works</source>
        <translation>چلتا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="504"/>
        <source>Everyone measuring the same platform on the same network at the same time agreed.</source>
        <translation>ایک ہی وقت میں ایک ہی نیٹ ورک پر ایک ہی پلیٹ فارم کو ناپنے والے سب متفق تھے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="505"/>
        <source>1 vantage point disagreed.</source>
        <translation>ایک مقامِ پیمائش نے اختلاف کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="506"/>
        <source>{0} vantage points disagreed.</source>
        <translation>{0} مقاماتِ پیمائش نے اختلاف کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="513"/>
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
        <location filename="../../desktop_app/gui/error_text.py" line="31"/>
        <source>The history could not be read or written.</source>
        <translation>تاریخچہ پڑھا یا لکھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_text.py" line="32"/>
        <source>The signing key cannot be used.</source>
        <translation>دستخطی کلید استعمال نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_text.py" line="33"/>
        <source>The timestamp could not be obtained.</source>
        <translation>ٹائم اسٹیمپ حاصل نہیں ہو سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_text.py" line="34"/>
        <source>The evidence bundle could not be made.</source>
        <translation>ثبوت کا بنڈل نہیں بن سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_text.py" line="35"/>
        <source>Your targets could not be loaded; fix the file to measure them.</source>
        <translation>آپ کے اہداف لوڈ نہیں ہو سکے؛ انہیں ناپنے کے لیے فائل درست کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_text.py" line="36"/>
        <source>The collection could not be read or changed.</source>
        <translation>مجموعہ پڑھا یا بدلا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_text.py" line="37"/>
        <source>The request was refused.</source>
        <translation>درخواست رد کر دی گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_text.py" line="38"/>
        <source>The measurement could not run.</source>
        <translation>پیمائش نہیں چل سکی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_text.py" line="39"/>
        <source>The lab could not start.</source>
        <translation>لیب شروع نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_text.py" line="40"/>
        <source>A file could not be read or written.</source>
        <translation>ایک فائل پڑھی یا لکھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_text.py" line="52"/>
        <source>Something went wrong.</source>
        <translation>کچھ غلط ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="85"/>
        <source>Evidence: {0}</source>
        <translation>ثبوت: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="94"/>
        <source>Endpoint / step</source>
        <translation>پتہ / مرحلہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="94"/>
        <source>Start (ms)</source>
        <translation>آغاز (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="94"/>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="95"/>
        <source>Time (ms)</source>
        <translation>وقت (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="95"/>
        <source>Detail</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="96"/>
        <source>Steps of each endpoint</source>
        <translation>ہر پتے کے مراحل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="147"/>
        <source>re-test</source>
        <translation>دوبارہ جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="116"/>
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
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="119"/>
        <source>Export evidence</source>
        <translation>ثبوت برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="153"/>
        <source>Platforms to include</source>
        <translation>شامل کیے جانے والے پلیٹ فارمز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="161"/>
        <source>&amp;Withhold my public IP address and resolver address</source>
        <translation>میرا عوامی IP پتہ اور DNS سرور کا پتہ &amp;چھپائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="163"/>
        <source>The bundle keeps only salted commitments of them, which reveal nothing; it still verifies in full. Network (ASN), provider and country stay.</source>
        <translation>بنڈل میں ان کی جگہ صرف ایسے خفیہ نشان رکھے جاتے ہیں جن سے کچھ ظاہر نہیں ہوتا؛ بنڈل کی مکمل تصدیق پھر بھی ہو سکتی ہے۔ نیٹ ورک (ASN)، انٹرنیٹ فراہم کنندہ اور ملک شامل رہتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="166"/>
        <source>&amp;Timestamp it with {0}</source>
        <translation>{0} سے &amp;وقت کی مہر لگوائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="167"/>
        <source>Timestamp: no authority is set (Settings → Evidence)</source>
        <translation>وقت کی مہر: کوئی ادارہ مقرر نہیں (ترتیبات ← ثبوت)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="171"/>
        <source>Save the bundle as</source>
        <translation>بنڈل اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="172"/>
        <source>&amp;Browse…</source>
        <translation>&amp;جگہ منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="180"/>
        <source>Signing key fingerprint</source>
        <translation>دستخطی کلید کا فنگر پرنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="181"/>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="241"/>
        <source>Counting…</source>
        <translation>گنتی ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="184"/>
        <source>What the bundle will include</source>
        <translation>بنڈل میں کیا شامل ہوگا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="252"/>
        <source>&lt;b&gt;This bundle will include&lt;/b&gt; {0} from {1}, {2} to {3}, of {4}.</source>
        <translation>&lt;b&gt;اس بنڈل میں شامل ہوں گی&lt;/b&gt; {1} میں سے {0}، {2} سے {3} تک، {4} کی۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="253"/>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="322"/>
        <source>%Ln measurement(s)</source>
        <translation>
            <numerusform>%Ln پیمائش</numerusform>
            <numerusform>%Ln پیمائشیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="254"/>
        <source>%Ln sweep(s)</source>
        <translation>
            <numerusform>%Ln دور</numerusform>
            <numerusform>%Ln دور</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="295"/>
        <source>Writing… %v/%m sweeps</source>
        <translation>لکھا جا رہا ہے… %v/%m راؤنڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="321"/>
        <source>&lt;b&gt;Written&lt;/b&gt; {0}: {1}, signed{2}.</source>
        <translation>&lt;b&gt;لکھ دیا گیا&lt;/b&gt; {0}: {1}، دستخط شدہ{2}۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="188"/>
        <source>&amp;Export</source>
        <translation>&amp;برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="194"/>
        <source>Whole connection</source>
        <translation>پورا کنکشن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="196"/>
        <source>Incident:</source>
        <translation>واقعہ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="198"/>
        <source>&amp;From:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="199"/>
        <source>&amp;To:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="200"/>
        <source>&amp;Platforms:</source>
        <translation>&amp;پلیٹ فارمز:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="203"/>
        <source>&amp;Save as:</source>
        <translation>اس نام سے &amp;محفوظ کریں:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="204"/>
        <source>Signed with:</source>
        <translation>دستخط بذریعہ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="218"/>
        <source>A signing key will be made for this first export; its fingerprint (SHA256:…) is what recipients check.</source>
        <translation>اس پہلی برآمد کے لیے ایک دستخطی کلید بنائی جائے گی؛ وصول کنندگان اسی کلید کے فنگر پرنٹ (SHA256:…) کی جانچ کرتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="220"/>
        <source>{0}. Give this fingerprint to recipients beforehand, so they can tell a bundle is yours.</source>
        <translation>{0}۔ یہ فنگر پرنٹ وصول کنندگان کو پہلے سے دے دیں، تاکہ وہ پہچان سکیں کہ بنڈل آپ ہی کا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="247"/>
        <source>all platforms</source>
        <translation>تمام پلیٹ فارمز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="248"/>
        <source>included</source>
        <translation>شامل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="248"/>
        <source>withheld</source>
        <translation>چھپایا گیا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="256"/>
        <source>Identifying fields:</source>
        <translation>شناخت ظاہر کرنے والی معلومات:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="259"/>
        <source>Nothing was measured in this range: choose another.</source>
        <translation>اس عرصے میں کوئی پیمائش نہیں ہوئی: کوئی اور عرصہ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="262"/>
        <source>Save the evidence bundle</source>
        <translation>ثبوت کا بنڈل محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="263"/>
        <source>Zip files (*.zip)</source>
        <translation>زپ فائلیں (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="273"/>
        <source>Replace the file?</source>
        <translation>فائل بدل دیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="274"/>
        <source>{0} already exists. Replace it with this bundle?</source>
        <translation>{0} پہلے سے موجود ہے۔ کیا اسے اس بنڈل سے بدل دیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="283"/>
        <source>Nothing was written: choose another name in Save as.</source>
        <translation>کچھ نہیں لکھا گیا: «اس نام سے محفوظ کریں» میں کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="286"/>
        <source>Signing key</source>
        <translation>دستخطی کلید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="286"/>
        <source>Passphrase of your signing key:</source>
        <translation>آپ کی دستخطی کلید کا خفیہ جملہ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="304"/>
        <source>Cancelling…</source>
        <translation>منسوخ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="311"/>
        <source>Finishing: report, checksums and signature…</source>
        <translation>مکمل کیا جا رہا ہے: رپورٹ، فائلوں کے ہیش اور دستخط…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="324"/>
        <source> and timestamped</source>
        <translation> اور وقت کی مہر کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="325"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="327"/>
        <source>Show in &amp;folder</source>
        <translation>&amp;فولڈر میں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="342"/>
        <source>Cancelled: nothing was written.</source>
        <translation>منسوخ: کچھ محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="64"/>
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
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="136"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="220"/>
        <source>Incident</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="223"/>
        <source>Unconfirmed (one sweep)</source>
        <translation>غیر تصدیق شدہ (ایک جانچ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="226"/>
        <source>Measured from: </source>
        <translation>پیمائش کا نیٹ ورک: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="283"/>
        <source>{0} sweeps</source>
        <translation>{0} راؤنڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="283"/>
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
        <location filename="../../desktop_app/gui/history/view.py" line="67"/>
        <source>Last hour</source>
        <translation>پچھلا ایک گھنٹہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="68"/>
        <source>Last day</source>
        <translation>پچھلا ایک دن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="69"/>
        <source>Last week</source>
        <translation>پچھلا ایک ہفتہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="70"/>
        <source>Last 30 days</source>
        <translation>پچھلے 30 دن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="71"/>
        <source>Last year</source>
        <translation>پچھلا ایک سال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="72"/>
        <source>Custom…</source>
        <translation>اپنی مرضی کا…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="98"/>
        <source>The whole platform was affected</source>
        <translation>پورا پلیٹ فارم متاثر ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="213"/>
        <source>Vantage — History</source>
        <translation>Vantage — تاریخچہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="214"/>
        <source>Whole connection</source>
        <translation>پورا کنکشن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="253"/>
        <source>Range</source>
        <translation>عرصہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="258"/>
        <location filename="../../desktop_app/gui/history/view.py" line="280"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="258"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="265"/>
        <location filename="../../desktop_app/gui/history/view.py" line="296"/>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="266"/>
        <source>All platforms</source>
        <translation>تمام پلیٹ فارمز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="269"/>
        <source>Show one-off &amp;inconclusive results</source>
        <translation>اکا دکا &amp;غیر واضح نتائج بھی دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="273"/>
        <source>Range problem</source>
        <translation>مدت میں مسئلہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="276"/>
        <source>&amp;Range:</source>
        <translation>&amp;عرصہ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="276"/>
        <source>P&amp;latform:</source>
        <translation>&amp;پلیٹ فارم:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="280"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="287"/>
        <source>&amp;Export evidence…</source>
        <translation>ثبوت &amp;برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="288"/>
        <source>A signed bundle of the incident chosen below, or else of the range and platform shown</source>
        <translation>نیچے منتخب کیے گئے واقعے کا دستخط شدہ بنڈل، ورنہ دکھائے گئے عرصے اور پلیٹ فارم کا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="296"/>
        <source>Reachable</source>
        <translation>قابلِ رسائی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="296"/>
        <source>Sweeps</source>
        <translation>راؤنڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="297"/>
        <source>Most common problem</source>
        <translation>سب سے عام مسئلہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="298"/>
        <source>Share of time each platform was reachable</source>
        <translation>ہر پلیٹ فارم کتنے فیصد وقت قابلِ رسائی رہا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="302"/>
        <source>Blocks seen once and not confirmed; never incidents</source>
        <translation>ایک بار دیکھی گئی اور غیر تصدیق شدہ بندشیں؛ یہ کبھی واقعات نہیں بنتیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="303"/>
        <source>A block seen in one sweep only: the check about a minute later (or the next sweep) did not see it again, or has yet to run. It is kept here, never as an incident or a notification.</source>
        <translation>صرف ایک جانچ میں دیکھی گئی بندش: تقریباً ایک منٹ بعد کی جانچ (یا اگلی جانچ) نے اسے دوبارہ نہیں دیکھا، یا ابھی ہونا باقی ہے۔ یہ یہاں رکھی جاتی ہے، کبھی واقعہ یا اطلاع کے طور پر نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="309"/>
        <source>Incidents</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="321"/>
        <source>Incident details</source>
        <translation>واقعے کی تفصیل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="324"/>
        <source>Choose an incident to zoom to it and see its evidence.</source>
        <translation>کوئی واقعہ منتخب کریں تاکہ وہ بڑا کر کے دکھایا جائے اور اس کا ثبوت نظر آئے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="325"/>
        <source>&amp;First measurement…</source>
        <translation>&amp;پہلی پیمائش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="326"/>
        <source>La&amp;st measurement…</source>
        <translation>&amp;آخری پیمائش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="327"/>
        <source>&amp;Compare with other measurements</source>
        <translation>دوسری پیمائشوں سے &amp;موازنہ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="328"/>
        <source>Opens OONI Explorer&apos;s search for the same country, network and days in your browser. Vantage itself sends nothing.</source>
        <translation>آپ کے براؤزر میں OONI Explorer کی تلاش اسی ملک، نیٹ ورک اور دنوں کے لیے کھولتا ہے۔ Vantage خود کچھ نہیں بھیجتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="346"/>
        <source>&amp;Incidents</source>
        <translation>&amp;واقعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="347"/>
        <source>&amp;Unconfirmed</source>
        <translation>&amp;غیر تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="348"/>
        <source>Reachable &amp;share</source>
        <translation>رسائی کا &amp;تناسب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/history/view.py" line="569"/>
        <source>%Ln failing sweep(s)</source>
        <translation>
            <numerusform>%Ln ناکام دور</numerusform>
            <numerusform>%Ln ناکام دور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/history/view.py" line="570"/>
        <source>%Ln endpoint measurement(s)</source>
        <translation>
            <numerusform>%Ln اینڈ پوائنٹ پیمائش</numerusform>
            <numerusform>%Ln اینڈ پوائنٹ پیمائشیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/history/view.py" line="573"/>
        <source>%Ln sweep(s) in between found it reachable</source>
        <translation>
            <numerusform>درمیان میں %Ln دور نے اسے قابلِ رسائی پایا</numerusform>
            <numerusform>درمیان میں %Ln دوروں نے اسے قابلِ رسائی پایا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="95"/>
        <source>Only {0} was affected</source>
        <translation>صرف {0} متاثر ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="246"/>
        <location filename="../../desktop_app/gui/history/view.py" line="436"/>
        <location filename="../../desktop_app/gui/history/view.py" line="477"/>
        <source>Loading…</source>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="426"/>
        <source>“From” must be before “To”; still showing the last valid range.</source>
        <translation>”سے“ کو ”تک“ سے پہلے ہونا چاہیے؛ ابھی آخری درست مدت دکھائی جا رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="479"/>
        <source>finding incidents…</source>
        <translation>واقعات تلاش ہو رہے ہیں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="482"/>
        <source>1 incident</source>
        <translation>ایک واقعہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="482"/>
        <source>{0} incidents</source>
        <translation>{0} واقعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="485"/>
        <source>1 unconfirmed block</source>
        <translation>1 غیر تصدیق شدہ بندش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="486"/>
        <source>{0} unconfirmed blocks</source>
        <translation>{0} غیر تصدیق شدہ بندشیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="491"/>
        <source>1 sweep</source>
        <translation>ایک سویپ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="491"/>
        <source>{0} sweeps</source>
        <translation>{0} سویپ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="566"/>
        <source>ongoing</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="576"/>
        <source>Measuring stopped before it was seen reachable again.</source>
        <translation>اس کے دوبارہ قابلِ رسائی ہونے سے پہلے ہی پیمائش رک گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="579"/>
        <source>Also seen: </source>
        <translation>یہ بھی دیکھا گیا: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="584"/>
        <source>Network: </source>
        <translation>نیٹ ورک: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="586"/>
        <source>First measurement</source>
        <translation>پہلی پیمائش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="587"/>
        <source>Last measurement</source>
        <translation>آخری پیمائش</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="175"/>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="175"/>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="176"/>
        <source>End</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="176"/>
        <source>Duration</source>
        <translation>دورانیہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="177"/>
        <source>Technique</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="177"/>
        <source>Affected</source>
        <translation>متاثر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="178"/>
        <source>Failing sweeps</source>
        <translation>ناکام سویپ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="179"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="188"/>
        <source>ongoing</source>
        <translation>جاری</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="55"/>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="55"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="56"/>
        <source>Up</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="56"/>
        <source>Down</source>
        <translation>نیچے</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="150"/>
        <source>Controls</source>
        <translation>کنٹرول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="154"/>
        <source>&amp;Probe now</source>
        <translation>ابھی &amp;جانچیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="156"/>
        <location filename="../../desktop_app/gui/main_window.py" line="455"/>
        <source>P&amp;ause</source>
        <translation>&amp;وقفہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="159"/>
        <source>&amp;History…</source>
        <translation>&amp;تاریخچہ…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="161"/>
        <source>Look back: incidents, reachability and latency over any range</source>
        <translation>پیچھے دیکھیں: کسی بھی عرصے کے واقعات، رسائی اور تاخیر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="162"/>
        <source>&amp;Export evidence…</source>
        <translation>ثبوت &amp;برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="164"/>
        <source>Write a signed evidence bundle (default: the last 24 hours)</source>
        <translation>ثبوت کا دستخط شدہ بنڈل بنائیں (عام طور پر: پچھلے 24 گھنٹے)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="165"/>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;بنڈل کی تصدیق کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="166"/>
        <source>P&amp;latforms…</source>
        <translation>&amp;پلیٹ فارمز…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="167"/>
        <source>&amp;Settings…</source>
        <translation>ت&amp;رتیبات…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="169"/>
        <location filename="../../desktop_app/gui/main_window.py" line="586"/>
        <source>&amp;Quit</source>
        <translation>باہر &amp;نکلیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="174"/>
        <source>&amp;Every:</source>
        <translation>&amp;ہر:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="176"/>
        <source>Probe interval</source>
        <translation>جانچ کا وقفہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="179"/>
        <source>1 hour</source>
        <translation>ایک گھنٹہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="179"/>
        <source>{0} min</source>
        <translation>{0} منٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="184"/>
        <source>The demo sweeps its lab every few seconds.</source>
        <translation>ڈیمو اپنی تجربہ گاہ کو ہر چند سیکنڈ بعد جانچتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="191"/>
        <source>C&amp;ollection…</source>
        <translation>&amp;مجموعہ…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="231"/>
        <source>Starting…</source>
        <translation>شروع ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="234"/>
        <source>Probing… %v/%m</source>
        <translation>جانچ جاری ہے… %v/%m</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="237"/>
        <source>What the sweep still waits for</source>
        <translation>جانچ ابھی کس چیز کا انتظار کر رہی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="246"/>
        <source>&amp;Measure</source>
        <translation>&amp;پیمائش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="251"/>
        <source>E&amp;vidence</source>
        <translation>&amp;ثبوت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="254"/>
        <source>&amp;Options</source>
        <translation>&amp;اختیارات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="294"/>
        <source>{0} s</source>
        <translation>{0} سیکنڈ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="306"/>
        <source>Open Vantage</source>
        <translation>Vantage کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="413"/>
        <source> (demo)</source>
        <translation> (ڈیمو)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="417"/>
        <source> — offline</source>
        <translation> — آف لائن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="419"/>
        <source> — captive portal</source>
        <translation> — لاگ اِن صفحہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="425"/>
        <source> — {0} blocked</source>
        <translation> — {0} بلاک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="427"/>
        <source> — all platforms reachable</source>
        <translation> — تمام پلیٹ فارمز قابلِ رسائی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="434"/>
        <source>Last sweep {0}</source>
        <translation>پچھلا راؤنڈ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="437"/>
        <source>Data: last sweep {0}, today {1}</source>
        <translation>ڈیٹا: پچھلا راؤنڈ {0}، آج {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="448"/>
        <source>Paused: choose Resume (Ctrl+P) to measure again.</source>
        <translation>موقوف: دوبارہ پیمائش کے لیے «جاری رکھیں» (Ctrl+P) چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="450"/>
        <source>Measuring now…</source>
        <translation>ابھی پیمائش ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="455"/>
        <source>Res&amp;ume</source>
        <translation>&amp;دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="508"/>
        <source>A newer sweep is in progress; this is the last stored one. Its result will appear in the main window when it ends.</source>
        <translation>ایک نیا سویپ جاری ہے؛ یہ آخری محفوظ شدہ ہے۔ اس کا نتیجہ ختم ہونے پر مرکزی ونڈو میں نظر آئے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="525"/>
        <source>This is the demo: your choice of language is kept for Vantage itself; the other settings last until the demo ends.</source>
        <translation>یہ ڈیمو ہے: آپ کی منتخب کردہ زبان خود Vantage کے لیے محفوظ رہتی ہے؛ باقی ترتیبات ڈیمو ختم ہونے تک رہتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="546"/>
        <source>Your language could not be saved for Vantage itself: {0}</source>
        <translation>آپ کی زبان خود Vantage کے لیے محفوظ نہیں ہو سکی: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="557"/>
        <source>Start at login could not be changed: {0}</source>
        <translation>لاگ اِن پر شروع ہونے کی ترتیب نہیں بدلی جا سکی: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="571"/>
        <source>Vantage keeps measuring in the background. Quit it from this icon&apos;s menu.</source>
        <translation>Vantage پس منظر میں پیمائش جاری رکھتا ہے۔ اسے بند کرنے کے لیے اس آئیکن کا مینو استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="583"/>
        <source>Quit Vantage?</source>
        <translation>Vantage بند کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="584"/>
        <source>Vantage has no tray icon on this desktop. Quit and stop probing, or keep it running minimised?</source>
        <translation>اس ڈیسک ٹاپ پر Vantage کا ٹرے آئیکن نہیں ہے۔ بند کر کے جانچ روک دیں، یا اسے چھوٹا کر کے چلتا رہنے دیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="587"/>
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
        <source>{0} of {1} endpoints affected</source>
        <translation>{1} میں سے {0} پتے متاثر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="78"/>
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
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="134"/>
        <source>Reachability per platform · latency of &lt;b&gt;{0}&lt;/b&gt; (click a band to choose)</source>
        <translation>ہر پلیٹ فارم کی رسائی · &lt;b&gt;{0}&lt;/b&gt; کی تاخیر (منتخب کرنے کے لیے کسی پٹی پر کلک کریں)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="226"/>
        <source>Click for the evidence</source>
        <translation>ثبوت دیکھنے کے لیے کلک کریں</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="111"/>
        <source>Vantage settings</source>
        <translation>Vantage کی ترتیبات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="132"/>
        <source>Data used: last sweep {0} · today {1} (as counted by this computer)</source>
        <translation>استعمال شدہ ڈیٹا: پچھلا سویپ {0} · آج {1} (اس کمپیوٹر کی گنتی کے مطابق)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="135"/>
        <source>Extra targets</source>
        <translation>اضافی اہداف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="173"/>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="114"/>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="175"/>
        <source>Probe every</source>
        <translation>جانچ کا وقفہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="197"/>
        <source>The standard folder for your system</source>
        <translation>آپ کے سسٹم کا معیاری فولڈر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="198"/>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="229"/>
        <source>Where Vantage keeps its data</source>
        <translation>Vantage اپنا ڈیٹا کہاں رکھے</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="239"/>
        <source>Your own targets</source>
        <translation>آپ کے اپنے اہداف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="240"/>
        <source>&amp;Add URL…</source>
        <translation>ویب پتہ &amp;شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="241"/>
        <source>&amp;Import Citizen Lab list…</source>
        <translation>Citizen Lab کی فہرست &amp;درآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="242"/>
        <source>&amp;Remove</source>
        <translation>&amp;ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="253"/>
        <source>Probed with every sweep, besides the platforms. Changes apply at the next sweep.</source>
        <translation>پلیٹ فارمز کے علاوہ ہر راؤنڈ میں ان کی بھی جانچ ہوتی ہے۔ تبدیلیاں اگلے راؤنڈ سے لاگو ہوں گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="269"/>
        <source>Your targets file could not be read: {0}</source>
        <translation>آپ کے اہداف کی فائل پڑھی نہیں جا سکی: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="271"/>
        <source>Test list: {0}</source>
        <translation>جانچ کی فہرست: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="280"/>
        <source>Add a target</source>
        <translation>ہدف شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="280"/>
        <source>URL (https://, http://, tcp://host:port or tls://host:port):</source>
        <translation>ویب پتہ (https://، http://، tcp://host:port یا tls://host:port):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="289"/>
        <source>Not added: {0} {1}.</source>
        <translation>شامل نہیں کیا گیا: {0} {1}۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="291"/>
        <source>Added {0}.</source>
        <translation>{0} شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="296"/>
        <source>Import a Citizen Lab test list</source>
        <translation>Citizen Lab کی جانچ کی فہرست درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="297"/>
        <source>Test lists (*.csv)</source>
        <translation>جانچ کی فہرستیں (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="305"/>
        <source>Not imported: {0}</source>
        <translation>درآمد نہیں ہو سکی: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="307"/>
        <source>Imported {0}.</source>
        <translation>{0} درآمد ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="312"/>
        <source>Remove target</source>
        <translation>ہدف ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="320"/>
        <source>Stop probing {0}? Its past measurements stay in the history.</source>
        <translation>{0} کی جانچ بند کر دیں؟ اس کی پچھلی پیمائشیں تاریخچے میں رہیں گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="327"/>
        <source>Removed {0}.</source>
        <translation>{0} ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="342"/>
        <source>Choose at least one platform to probe.</source>
        <translation>جانچنے کے لیے کم از کم ایک پلیٹ فارم چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="356"/>
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
        <location filename="../../desktop_app/gui/main_window.py" line="88"/>
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
        <location filename="../../desktop_app/gui/history/view.py" line="152"/>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="152"/>
        <source>Seen</source>
        <translation>دیکھا گیا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="153"/>
        <source>Technique</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="153"/>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="154"/>
        <source>Affected</source>
        <translation>متاثر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="154"/>
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
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="69"/>
        <source>Verify an evidence bundle</source>
        <translation>ثبوت کے بنڈل کی تصدیق کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="83"/>
        <source>Bundle file</source>
        <translation>بنڈل فائل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="84"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;تلاش کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="90"/>
        <source>SHA256:… (optional: the fingerprint the sender gave you)</source>
        <translation>SHA256:… (اختیاری: بھیجنے والے کا دیا ہوا فنگر پرنٹ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="91"/>
        <source>Expected signing key</source>
        <translation>متوقع دستخطی کلید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="93"/>
        <source>Check</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="93"/>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="95"/>
        <source>Checks</source>
        <translation>جانچیں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="100"/>
        <source>&amp;Verify</source>
        <translation>&amp;تصدیق کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="105"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;بنڈل:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="106"/>
        <source>&amp;Expected key:</source>
        <translation>&amp;متوقع کلید:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="116"/>
        <source>Choose an evidence bundle</source>
        <translation>ثبوت کا بنڈل منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="117"/>
        <source>Zip files (*.zip)</source>
        <translation>زپ فائلیں (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="126"/>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="148"/>
        <source>&lt;b&gt;{0} The bundle is intact&lt;/b&gt; and was signed by {1}.</source>
        <translation>&lt;b&gt;{0} بنڈل صحیح سلامت ہے&lt;/b&gt; اور اس پر {1} کے دستخط ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="151"/>
        <source>&lt;b&gt;{0} The bundle failed verification:&lt;/b&gt; do not rely on it.</source>
        <translation>&lt;b&gt;{0} بنڈل تصدیق میں ناکام رہا:&lt;/b&gt; اس پر بھروسہ نہ کریں۔</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="40"/>
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
