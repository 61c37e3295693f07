<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="65"/>
        <source>by DNS (your resolver does not give its address)</source>
        <translation>از راه DNS (سرور DNS شما نشانی آن را نمی‌دهد)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="68"/>
        <source>by forged DNS answers</source>
        <translation>با پاسخ‌های جعلی DNS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="70"/>
        <source>by IP blocking (connections time out)</source>
        <translation>با مسدودسازی IP (اتصال‌ها بی‌پاسخ می‌مانند)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="72"/>
        <source>by connection resets</source>
        <translation>با قطع اجباری اتصال‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="75"/>
        <source>by a reset during the TLS handshake (SNI filtering)</source>
        <translation>با قطع اتصال هنگام دست‌دهی TLS (فیلترینگ SNI)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="78"/>
        <source>by interception (a certificate not valid for it)</source>
        <translation>با رهگیری (با گواهی‌ای که برای آن معتبر نیست)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="81"/>
        <source>with a blockpage</source>
        <translation>با نمایش صفحهٔ فیلتر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="84"/>
        <source>by throttling (it loads far slower than other platforms)</source>
        <translation>با کندسازی (بسیار کندتر از دیگر پلتفرم‌ها بارگذاری می‌شود)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="113"/>
        <source>web site</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="114"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="115"/>
        <source>media</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="116"/>
        <source>app connections</source>
        <translation>اتصال‌های برنامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="117"/>
        <source>other hosts</source>
        <translation>میزبان‌های دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="19"/>
        <source>The history could not be written: {0} sweep(s) waiting in memory will be saved with the next sweep. Free some disk space or check the data folder; quitting now loses them.</source>
        <translation>تاریخچه نوشته نشد: {0} دورِ منتظر در حافظه با دور بعدی ذخیره می‌شوند. کمی فضای دیسک آزاد کنید یا پوشهٔ داده را بررسی کنید؛ بستن برنامه اکنون آن‌ها را از بین می‌برد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="22"/>
        <source>{names} is blocked {how} since {time}</source>
        <translation>{names} از ساعت {time} {how} مسدود شده است</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="24"/>
        <source>{names}: its {parts} blocked {how} since {time}; the rest still works</source>
        <translation>{names}: {parts} آن از {time} {how} مسدود است؛ بقیه هنوز کار می‌کند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="25"/>
        <source>{names} are blocked {how} since {time}</source>
        <translation>{names} از ساعت {time} {how} مسدود شده‌اند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="26"/>
        <source>{names} is throttled since {time}: it loads far slower than other platforms</source>
        <translation>سرعت {names} از ساعت {time} کاهش یافته است: بسیار کندتر از دیگر پلتفرم‌ها بارگذاری می‌شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="28"/>
        <source>{names} are throttled since {time}: they load far slower than other platforms</source>
        <translation>سرعت {names} از ساعت {time} کاهش یافته است: بسیار کندتر از دیگر پلتفرم‌ها بارگذاری می‌شوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="31"/>
        <source>{names}: one measurement suggests a block. Vantage checks again in about a minute and reports it only if that check sees it too.</source>
        <translation>{names}: یک اندازه‌گیری از مسدودسازی خبر می‌دهد. Vantage حدود یک دقیقه دیگر دوباره بررسی می‌کند و فقط اگر آن بررسی هم آن را ببیند گزارشش می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="33"/>
        <source>{sentence}; also affected: {others}.</source>
        <translation>{sentence}؛ همچنین دچار مشکل: {others}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="34"/>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="35"/>
        <source>{first} and {last}</source>
        <translation>{first} و {last}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="36"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="68"/>
        <source>Waiting for the first measurement…</source>
        <translation>در انتظار نخستین سنجش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="71"/>
        <source>Your connection is offline: {detail}.</source>
        <translation>اتصال شما قطع است: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="72"/>
        <source>Your connection is offline.</source>
        <translation>اتصال شما قطع است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="73"/>
        <source>Vantage keeps measuring and records when it comes back.</source>
        <translation>Vantage به سنجش ادامه می‌دهد و زمان وصل شدن دوبارهٔ اتصال را ثبت می‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="76"/>
        <source>Captive portal: sign in to the network first. Results resume after that.</source>
        <translation>صفحهٔ ورود شبکه: نخست وارد شبکه شوید. پس از آن، نتایج دوباره نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="79"/>
        <source>A VPN is active ({vpn}): results describe the VPN&apos;s network, not yours.</source>
        <translation>یک VPN فعال است ({vpn}): نتایج وضعیت شبکهٔ VPN را نشان می‌دهند، نه شبکهٔ شما را.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="110"/>
        <source>{names}: the platform&apos;s own servers are failing. This is not censorship.</source>
        <translation>{names}: سرورهای خود پلتفرم دچار اختلال‌اند. این سانسور نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="115"/>
        <source>{names}: results are unclear right now; Vantage re-checks at every sweep.</source>
        <translation>{names}: نتایج فعلاً روشن نیست؛ Vantage در هر دور سنجش دوباره بررسی می‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/network.py" line="38"/>
        <source>this computer has no route to the internet: the local network is down</source>
        <translation>این رایانه هیچ راهی به اینترنت ندارد: شبکهٔ محلی قطع است</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/network.py" line="39"/>
        <source>the system resolver does not answer: the local network or its resolver is down</source>
        <translation>سرور DNS سیستم پاسخ نمی‌دهد: شبکهٔ محلی یا سرور DNS آن قطع است</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/network.py" line="41"/>
        <source>the resolver answers but nothing beyond it can be reached: the internet is cut past the local network</source>
        <translation>سرور DNS پاسخ می‌دهد اما هیچ چیز فراتر از آن در دسترس نیست: اینترنت بیرون از شبکهٔ محلی قطع است</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/network.py" line="43"/>
        <source>no connectivity check and no platform could be reached</source>
        <translation>نه سرورهای بررسی اتصال در دسترس بودند و نه هیچ پلتفرمی</translation>
    </message>
</context>
<context>
    <name>CollectReport</name>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="35"/>
        <source>Verdict</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="36"/>
        <source>Signers</source>
        <translation>امضاکنندگان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="37"/>
        <source>First seen (UTC)</source>
        <translation>نخستین مشاهده (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="38"/>
        <source>Last seen (UTC)</source>
        <translation>آخرین مشاهده (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="40"/>
        <source>Start (UTC)</source>
        <translation>آغاز (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="41"/>
        <source>End (UTC)</source>
        <translation>پایان (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="42"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="44"/>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="45"/>
        <source>Signer</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="46"/>
        <source>Saw it</source>
        <translation>چه دید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="47"/>
        <source>Others who did not</source>
        <translation>دیگرانی که ندیدند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="48"/>
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="49"/>
        <source>From (UTC)</source>
        <translation>از (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="50"/>
        <source>blocked</source>
        <translation>مسدود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="50"/>
        <source>works</source>
        <translation>کار می‌کند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="52"/>
        <source>Collection report</source>
        <translation>گزارش مجموعه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="53"/>
        <source>Made {0}</source>
        <translation>ساخته‌شده در {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="54"/>
        <source>{0} bundles verified and accepted from {1} signers ({2} not registered beforehand); {3} distinct measurements.</source>
        <translation>{0} بسته از {1} امضاکننده بررسی و پذیرفته شد ({2} از پیش ثبت نشده بودند)؛ {3} اندازه‌گیری متمایز.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="56"/>
        <source>{0} bundles rejected and never counted.</source>
        <translation>{0} بسته رد شد و هرگز شمرده نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="57"/>
        <source>Rejected for failing the check &apos;{0}&apos;: {1}.</source>
        <translation>ردشده به دلیل ناکامی در بررسی «{0}»: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="58"/>
        <source>Verdicts per platform</source>
        <translation>نتیجه‌ها برای هر پلتفرم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="59"/>
        <source>Over time, per platform and network</source>
        <translation>در طول زمان، برای هر پلتفرم و شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="60"/>
        <source>Each band is a platform on one network; each hour shows the verdict most measurements gave.</source>
        <translation>هر نوار یک پلتفرم روی یک شبکه است؛ هر ساعت نتیجه‌ای را نشان می‌دهد که بیشتر اندازه‌گیری‌ها دادند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="62"/>
        <source>No confirmed blocking in this collection.</source>
        <translation>در این مجموعه هیچ مسدودسازی تأییدشده‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="63"/>
        <source>Vantage points that disagree</source>
        <translation>نقطه‌های اندازه‌گیری که هم‌نظر نیستند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="64"/>
        <source>Every signer measuring the same platform on the same network at the same time saw the same.</source>
        <translation>هر امضاکننده‌ای که همان پلتفرم را در همان زمان روی همان شبکه اندازه گرفت، همان را دید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="66"/>
        <source>None.</source>
        <translation>هیچ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="67"/>
        <source>Made by Vantage from verified bundles. This file fetches nothing.</source>
        <translation>ساخته‌شده با Vantage از بسته‌های بررسی‌شده. این پرونده چیزی را از اینترنت نمی‌گیرد.</translation>
    </message>
</context>
<context>
    <name>CollectionChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="41"/>
        <source>Verdicts over time on each network, stacked by the people who saw each</source>
        <translation>نتیجه‌ها در طول زمان در هر شبکه، به نسبت کسانی که هر یک را دیدند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="48"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="56"/>
        <source>All networks</source>
        <translation>همهٔ شبکه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="89"/>
        <source>Each bar&apos;s parts are as tall as the share of people who saw each verdict there; point at one for the numbers.</source>
        <translation>بلندی هر بخش از نوار به اندازهٔ سهم کسانی است که آن نتیجه را آنجا دیدند؛ برای دیدن عددها روی یکی اشاره کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="90"/>
        <source>No measurements in this range.</source>
        <translation>در این بازه هیچ اندازه‌گیری‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="107"/>
        <source>1 signer</source>
        <translation>۱ امضاکننده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="107"/>
        <source>{0} signers</source>
        <translation>{0} امضاکننده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="109"/>
        <source>{0} on 1 network</source>
        <translation>{0} در ۱ شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="110"/>
        <source>{0} on {1} networks</source>
        <translation>{0} در {1} شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="111"/>
        <source>1 measurement</source>
        <translation>۱ اندازه‌گیری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/collection_chart.py" line="112"/>
        <source>{0} measurements</source>
        <translation>{0} اندازه‌گیری</translation>
    </message>
</context>
<context>
    <name>CollectionWindow</name>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="131"/>
        <source>Collection</source>
        <translation>مجموعه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="153"/>
        <source>No collection open. Open a folder, then drop bundles (.zip) here.</source>
        <translation>هیچ مجموعه‌ای باز نیست. یک پوشه باز کنید، سپس بسته‌ها (.zip) را اینجا رها کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="155"/>
        <source>&amp;Open folder…</source>
        <translation>&amp;باز کردن پوشه…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="157"/>
        <source>&amp;Add bundles…</source>
        <translation>&amp;افزودن بسته‌ها…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="159"/>
        <source>&amp;Stop</source>
        <translation>&amp;توقف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="190"/>
        <source>Sinc&amp;e (UTC):</source>
        <translation>&amp;از (UTC):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="191"/>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;تا (UTC):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="193"/>
        <source>Since</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="194"/>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="202"/>
        <source>Count only measurements made at or after this time</source>
        <translation>فقط اندازه‌گیری‌هایی را بشمار که در این زمان یا پس از آن انجام شده‌اند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="203"/>
        <source>Count only measurements made before this time</source>
        <translation>فقط اندازه‌گیری‌هایی را بشمار که پیش از این زمان انجام شده‌اند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="209"/>
        <source>Range problem</source>
        <translation>مشکل بازه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="220"/>
        <source>Bundles received</source>
        <translation>بسته‌های دریافتی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="221"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="223"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="225"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="240"/>
        <source>Platform</source>
        <translation>سکو</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="221"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="225"/>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="221"/>
        <source>Verdict</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="221"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="272"/>
        <source>Signers</source>
        <translation>امضاکنندگان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="222"/>
        <source>Measurements</source>
        <translation>اندازه‌گیری‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="222"/>
        <source>First seen (UTC)</source>
        <translation>نخستین مشاهده (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="222"/>
        <source>Last seen (UTC)</source>
        <translation>آخرین مشاهده (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="223"/>
        <source>Technique</source>
        <translation>روش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="223"/>
        <source>Start (UTC)</source>
        <translation>آغاز (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="224"/>
        <source>End (UTC)</source>
        <translation>پایان (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="224"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="224"/>
        <source>Networks</source>
        <translation>شبکه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="225"/>
        <source>Signer</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="225"/>
        <source>Saw it</source>
        <translation>آنچه دید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="226"/>
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="226"/>
        <source>Others who did not</source>
        <translation>دیگرانی که چنین ندیدند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="226"/>
        <source>From (UTC)</source>
        <translation>از (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="227"/>
        <source>Until (UTC)</source>
        <translation>تا (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="228"/>
        <source>Vantage points that disagree with everyone else on their network</source>
        <translation>نقطه‌های سنجشی که با همهٔ دیگران در شبکهٔ خود هم‌نظر نیستند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="230"/>
        <source>&amp;Picture</source>
        <translation>&amp;تصویر کلی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="231"/>
        <source>Over &amp;time</source>
        <translation>در طول &amp;زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="232"/>
        <source>&amp;Incidents</source>
        <translation>&amp;رویدادها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="233"/>
        <source>&amp;Disagreement</source>
        <translation>&amp;اختلاف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="234"/>
        <source>Sig&amp;ners</source>
        <translation>&amp;امضاکنندگان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="235"/>
        <source>&amp;Received</source>
        <translation>&amp;دریافتی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="241"/>
        <source>All platforms</source>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="243"/>
        <source>P&amp;latform:</source>
        <translation>&amp;پلتفرم:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="257"/>
        <source>A person whose view of a platform differed from everyone else measuring it on the same network at the same time. Shown, not hidden: it may be a faulty setup, or the first sign of a block.</source>
        <translation>کسی که دیدش از یک پلتفرم با همهٔ کسانی که همان زمان در همان شبکه آن را می‌سنجیدند فرق داشت. نشان داده می‌شود، نه پنهان: ممکن است پیکربندی نادرست باشد، یا نخستین نشانهٔ یک مسدودسازی.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="270"/>
        <source>Fingerprint</source>
        <translation>اثر انگشت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="270"/>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="270"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="527"/>
        <source>Registered</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="271"/>
        <source>Bundles</source>
        <translation>بسته‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="278"/>
        <source>A name you know this person or place by</source>
        <translation>نامی که این فرد یا مکان را با آن می‌شناسید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="281"/>
        <source>Re&amp;gister</source>
        <translation>&amp;ثبت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="282"/>
        <source>Give this key fingerprint a label, as `vantage collect signer add` does; its bundles then count as registered</source>
        <translation>به این اثر انگشت کلید یک برچسب بدهید، همان‌طور که `vantage collect signer add` می‌دهد؛ آن‌گاه بسته‌هایش ثبت‌شده به شمار می‌آیند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="287"/>
        <source>&amp;Fingerprint:</source>
        <translation>ا&amp;ثر انگشت:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="287"/>
        <source>La&amp;bel:</source>
        <translation>&amp;برچسب:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="296"/>
        <source>Register the fingerprint someone sent you by a channel you trust (they see it with `vantage keys show`). Bundles from keys you have not registered are accepted, but marked unregistered.</source>
        <translation>اثر انگشتی را که کسی از راهی مطمئن برایتان فرستاده ثبت کنید (او آن را با `vantage keys show` می‌بیند). بسته‌های کلیدهایی که ثبت نکرده‌اید پذیرفته می‌شوند، اما با نشان «ثبت‌نشده».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="318"/>
        <source>Choose the collection&apos;s folder</source>
        <translation>پوشهٔ مجموعه را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="324"/>
        <source>Collection: {0}</source>
        <translation>مجموعه: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="347"/>
        <source>“Since” must be before “Until”; still showing the last valid range.</source>
        <translation>«از» باید پیش از «تا» باشد؛ هنوز آخرین بازهٔ معتبر نشان داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="366"/>
        <source>Choose evidence bundles</source>
        <translation>بسته‌های شواهد را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="367"/>
        <source>Zip files (*.zip)</source>
        <translation>پرونده‌های زیپ (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="373"/>
        <location filename="../../desktop_app/gui/collection/window.py" line="384"/>
        <source>Open a collection folder first.</source>
        <translation>ابتدا پوشهٔ یک مجموعه را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="386"/>
        <source>Registering…</source>
        <translation>در حال ثبت…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="406"/>
        <source>Verifying {0} (%v of %m)</source>
        <translation>در حال تأیید {0} (%v از %m)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="415"/>
        <source>Stopped. The bundles accepted so far are kept; add the rest again to finish.</source>
        <translation>متوقف شد. بسته‌هایی که تا اینجا پذیرفته شده‌اند نگه داشته می‌شوند؛ برای تمام کردن کار، بقیه را دوباره بیفزایید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="436"/>
        <source>Registered {0} as “{1}”.</source>
        <translation>{0} با برچسب «{1}» ثبت شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="437"/>
        <source>Relabelled {0} as “{1}”.</source>
        <translation>برچسب {0} به «{1}» تغییر کرد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="447"/>
        <source>{0} accepted from {1} ({2} unregistered), {3} rejected; {4}.</source>
        <translation>{0} از {1} پذیرفته شد ({2} ثبت‌نشده)، {3} رد شد؛ {4}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/collection/window.py" line="448"/>
        <source>%Ln bundle(s)</source>
        <translation>
            <numerusform>%Ln بسته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/collection/window.py" line="449"/>
        <source>%Ln signer(s)</source>
        <translation>
            <numerusform>%Ln امضاکننده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/collection/window.py" line="450"/>
        <source>%Ln distinct measurement(s)</source>
        <translation>
            <numerusform>%Ln اندازه‌گیری متمایز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="509"/>
        <source>blocked</source>
        <translation>مسدود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="509"/>
        <source>works</source>
        <translation>کار می‌کند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="518"/>
        <source>Everyone measuring the same platform on the same network at the same time agreed.</source>
        <translation>همهٔ کسانی که همان پلتفرم را همزمان در همان شبکه می‌سنجیدند هم‌نظر بودند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="519"/>
        <source>1 vantage point disagreed.</source>
        <translation>یک نقطهٔ سنجش هم‌نظر نبود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="520"/>
        <source>{0} vantage points disagreed.</source>
        <translation>{0} نقطهٔ سنجش هم‌نظر نبودند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collection/window.py" line="527"/>
        <source>Not registered</source>
        <translation>ثبت‌نشده</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <location filename="../../desktop_app/store/confirmation.py" line="33"/>
        <source>unconfirmed: the check a minute later did not see it again</source>
        <translation>تأییدنشده: بررسی یک دقیقه بعد دوباره آن را ندید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/confirmation.py" line="34"/>
        <source>unconfirmed: checking again</source>
        <translation>تأییدنشده: در حال بررسی دوباره</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="14"/>
        <source>{0} d</source>
        <translation>{0} روز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="15"/>
        <source>{0} h</source>
        <translation>{0} ساعت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="16"/>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="17"/>
        <source>{0} s</source>
        <translation>{0} ثانیه</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../../desktop_app/gui/worker.py" line="189"/>
        <source>The measurement could not be saved: {0} Check the data folder.</source>
        <translation>اندازه‌گیری ذخیره نشد: {0} پوشهٔ داده‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/worker.py" line="197"/>
        <source>Your targets could not be loaded ({0}); the previous list is used.</source>
        <translation>هدف‌های شما بارگذاری نشد ({0})؛ فهرست قبلی به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="28"/>
        <source>The history could not be read or written.</source>
        <translation>تاریخچه خوانده یا نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="29"/>
        <source>The signing key cannot be used.</source>
        <translation>کلید امضا قابل استفاده نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="30"/>
        <source>The timestamp could not be obtained.</source>
        <translation>مهر زمانی به دست نیامد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="31"/>
        <source>The evidence bundle could not be made.</source>
        <translation>بستهٔ شواهد ساخته نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="32"/>
        <source>Your targets could not be loaded; fix the file to measure them.</source>
        <translation>هدف‌های شما بارگذاری نشد؛ برای سنجیدن آن‌ها پرونده را اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="33"/>
        <source>The collection could not be read or changed.</source>
        <translation>مجموعه خوانده یا تغییر داده نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="34"/>
        <source>The request was refused.</source>
        <translation>درخواست رد شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="35"/>
        <source>The measurement could not run.</source>
        <translation>اندازه‌گیری اجرا نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="36"/>
        <source>The lab could not start.</source>
        <translation>آزمایشگاه راه‌اندازی نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="37"/>
        <source>A file could not be read or written.</source>
        <translation>پرونده‌ای خوانده یا نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/error_words.py" line="39"/>
        <source>Something went wrong.</source>
        <translation>مشکلی پیش آمد.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="96"/>
        <source>Evidence: {0}</source>
        <translation>شواهد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="106"/>
        <source>Endpoint / step</source>
        <translation>نشانی / مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="106"/>
        <source>Start (ms)</source>
        <translation>شروع (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="106"/>
        <source>What happened</source>
        <translation>چه روی داد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="107"/>
        <source>Time (ms)</source>
        <translation>زمان (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="107"/>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="108"/>
        <source>Steps of each endpoint</source>
        <translation>مراحل هر نشانی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="154"/>
        <source>As the engine recorded it (in English): {0}</source>
        <translation>آن‌گونه که موتور ثبت کرد (به انگلیسی): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="174"/>
        <source>re-test</source>
        <translation>آزمون دوباره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="128"/>
        <source>&amp;Copy as JSON</source>
        <translation>&amp;کپی به صورت JSON</translation>
    </message>
</context>
<context>
    <name>EvidenceReader</name>
    <message>
        <location filename="../../desktop_app/gui/evidence_reader.py" line="34"/>
        <source>That measurement (sweep {0}) is no longer in the history.</source>
        <translation>آن اندازه‌گیری (دور {0}) دیگر در تاریخچه نیست.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="127"/>
        <source>Export evidence</source>
        <translation>خروجی گرفتن از شواهد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="161"/>
        <source>Platforms to include</source>
        <translation>پلتفرم‌هایی که گنجانده شوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="169"/>
        <source>&amp;Withhold my public IP address and resolver address</source>
        <translation>&amp;نشانی IP عمومی من و نشانی سرور DNS پنهان شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="171"/>
        <source>The bundle keeps only salted commitments of them, which reveal nothing; it still verifies in full. Network (ASN), provider and country stay.</source>
        <translation>بسته به جای آن‌ها فقط نشانه‌های رمزنگاشته‌ای نگه می‌دارد که چیزی را فاش نمی‌کنند؛ بسته همچنان به‌طور کامل قابل راستی‌آزمایی است. شبکه (ASN)، ارائه‌دهندهٔ اینترنت و کشور باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="174"/>
        <source>&amp;Timestamp it with {0}</source>
        <translation>افزودن مهر &amp;زمانی با {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="175"/>
        <source>Timestamp: no authority is set (Settings → Evidence)</source>
        <translation>مهر زمانی: هیچ مرجعی تنظیم نشده است (تنظیمات ← شواهد)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="186"/>
        <source>Save the bundle as</source>
        <translation>ذخیرهٔ بسته با نام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="188"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="196"/>
        <source>Signing key fingerprint</source>
        <translation>اثر انگشت کلید امضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="197"/>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="258"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="200"/>
        <source>What the bundle will include</source>
        <translation>آنچه در بسته خواهد بود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="269"/>
        <source>&lt;b&gt;This bundle will include&lt;/b&gt; {0} from {1}, {2} to {3}, of {4}.</source>
        <translation>&lt;b&gt;این بسته شامل&lt;/b&gt; {0} از {1}، از {2} تا {3}، برای {4} &lt;b&gt;است&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="270"/>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="339"/>
        <source>%Ln measurement(s)</source>
        <translation>
            <numerusform>%Ln اندازه‌گیری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="271"/>
        <source>%Ln sweep(s)</source>
        <translation>
            <numerusform>%Ln دور</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="312"/>
        <source>Writing… %v/%m sweeps</source>
        <translation>در حال نوشتن… %v/%m دور سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="338"/>
        <source>&lt;b&gt;Written&lt;/b&gt; {0}: {1}, signed{2}.</source>
        <translation>&lt;b&gt;نوشته شد&lt;/b&gt; {0}: {1}، امضاشده{2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="204"/>
        <source>&amp;Export</source>
        <translation>&amp;خروجی گرفتن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="183"/>
        <source>The language of the report and of VERIFY.txt in the bundle; the measurements themselves are the same in every language.</source>
        <translation>زبان گزارش و VERIFY.txt در بسته؛ خود سنجش‌ها در هر زبانی یکسان‌اند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="210"/>
        <source>Whole connection</source>
        <translation>کل اتصال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="212"/>
        <source>Incident:</source>
        <translation>رخداد:</translation>
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
        <translation>&amp;پلتفرم‌ها:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="219"/>
        <source>Report &amp;language:</source>
        <translation>&amp;زبان گزارش:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="220"/>
        <source>&amp;Save as:</source>
        <translation>&amp;ذخیره با نام:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="221"/>
        <source>Signed with:</source>
        <translation>امضا با:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="235"/>
        <source>A signing key will be made for this first export; its fingerprint (SHA256:…) is what recipients check.</source>
        <translation>برای این نخستین خروجی یک کلید امضا ساخته می‌شود؛ گیرندگان اثر انگشت آن (SHA256:…) را بررسی می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="237"/>
        <source>{0}. Give this fingerprint to recipients beforehand, so they can tell a bundle is yours.</source>
        <translation>{0}. این اثر انگشت را از پیش به گیرندگان بدهید تا بتوانند تشخیص دهند که بسته از شماست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="264"/>
        <source>all platforms</source>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="265"/>
        <source>included</source>
        <translation>گنجانده شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="265"/>
        <source>withheld</source>
        <translation>پنهان شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="273"/>
        <source>Identifying fields:</source>
        <translation>اطلاعات شناسایی‌کننده:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="276"/>
        <source>Nothing was measured in this range: choose another.</source>
        <translation>در این بازه هیچ سنجشی انجام نشده است: بازهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="279"/>
        <source>Save the evidence bundle</source>
        <translation>ذخیرهٔ بستهٔ شواهد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="280"/>
        <source>Zip files (*.zip)</source>
        <translation>فایل‌های زیپ (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="290"/>
        <source>Replace the file?</source>
        <translation>پرونده جایگزین شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="291"/>
        <source>{0} already exists. Replace it with this bundle?</source>
        <translation>{0} از قبل وجود دارد. با این بسته جایگزین شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="300"/>
        <source>Nothing was written: choose another name in Save as.</source>
        <translation>چیزی نوشته نشد: در «ذخیره با نام» نام دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="303"/>
        <source>Signing key</source>
        <translation>کلید امضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="303"/>
        <source>Passphrase of your signing key:</source>
        <translation>عبارت عبور کلید امضای شما:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="321"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="328"/>
        <source>Finishing: report, checksums and signature…</source>
        <translation>در حال پایان کار: گزارش، درهم‌سازی پرونده‌ها و امضا…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="341"/>
        <source> and timestamped</source>
        <translation> و دارای مهر زمانی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="342"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="344"/>
        <source>Show in &amp;folder</source>
        <translation>نمایش در &amp;پوشه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="359"/>
        <source>Cancelled: nothing was written.</source>
        <translation>لغو شد: چیزی نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="66"/>
        <source>The range ends before it starts: choose a To after the From.</source>
        <translation>بازه پیش از آغازش تمام می‌شود: «تا» را پس از «از» برگزینید.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="39"/>
        <source>Welcome to Vantage</source>
        <translation>به Vantage خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="42"/>
        <source>&lt;b&gt;What it does.&lt;/b&gt; Vantage measures, from this computer, whether platforms such as X, YouTube, WhatsApp and Facebook work, and when they do not, how they are blocked: by DNS, by IP, by resets, by filtering their names, with a blockpage, by throttling, or by a full shutdown.</source>
        <translation>&lt;b&gt;چه می‌کند.&lt;/b&gt; Vantage از همین رایانه می‌سنجد که آیا پلتفرم‌هایی مانند X، YouTube، WhatsApp و Facebook کار می‌کنند یا نه، و اگر کار نکنند، چگونه مسدود شده‌اند: از راه DNS، از راه IP، با قطع اتصال، با فیلتر کردن نامشان، با صفحهٔ فیلتر، با کندسازی، یا با قطع کامل اینترنت.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="46"/>
        <source>&lt;b&gt;What it stores.&lt;/b&gt; Every measurement stays on this computer, in a history that only you can read ({0}). Nothing leaves it unless you export evidence yourself.</source>
        <translation>&lt;b&gt;چه نگه می‌دارد.&lt;/b&gt; همهٔ سنجش‌ها روی همین رایانه می‌مانند، در تاریخچه‌ای که فقط شما می‌توانید بخوانید ({0}). هیچ چیز از این رایانه بیرون نمی‌رود، مگر آنکه خودتان از شواهد خروجی بگیرید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="49"/>
        <source>&lt;b&gt;What it sends.&lt;/b&gt; Nothing, anywhere, except the probes themselves: DNS lookups, connections to the platforms it measures, and the operating systems&apos; connectivity checks. It can also ask a public service for your public IP address and network, to record which network you measured from.</source>
        <translation>&lt;b&gt;چه می‌فرستد.&lt;/b&gt; هیچ چیز و به هیچ جا، جز خود آزمون‌ها: پرس‌وجوهای DNS، اتصال به پلتفرم‌هایی که می‌سنجد، و بررسی اتصال سیستم‌عامل‌ها. همچنین می‌تواند نشانی IP عمومی و شبکهٔ شما را از یک سرویس عمومی بپرسد تا ثبت شود از کدام شبکه سنجیده‌اید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="55"/>
        <source>&lt;b&gt;What else it contacts.&lt;/b&gt; Independent encrypted DNS resolvers ({0}), to recognise forged DNS answers; and, if you leave the box below ticked, {1} for your public IP address.</source>
        <translation>&lt;b&gt;با چه چیز دیگری تماس می‌گیرد.&lt;/b&gt; حل‌کننده‌های مستقل DNS رمزگذاری‌شده ({0})، برای تشخیص پاسخ‌های جعلی DNS؛ و اگر کادر زیر را علامت‌زده بگذارید، {1} برای نشانی IP عمومی شما.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="61"/>
        <source>a daily cap of {0}</source>
        <translation>سقف روزانهٔ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="62"/>
        <source>no daily cap (set one in Settings → Frugality)</source>
        <translation>بدون سقف روزانه (در تنظیمات ← صرفه‌جویی تعیین کنید)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="64"/>
        <source>&lt;b&gt;Data use.&lt;/b&gt; Up to about {0} per sweep, and {1} more when the download speed is measured (every {2} min); at one sweep every {3} min that is up to {4} a day, with {5}.</source>
        <translation>&lt;b&gt;مصرف داده.&lt;/b&gt; تا حدود {0} در هر دور، و {1} بیشتر هنگامی که سرعت دانلود سنجیده می‌شود (هر {2} دقیقه)؛ با یک دور هر {3} دقیقه، تا {4} در روز، با {5}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="69"/>
        <source>&lt;b&gt;Probing can be noticed&lt;/b&gt; by anyone watching your connection. Read &lt;a href=&quot;guide&quot;&gt;Staying safe&lt;/a&gt; in the user guide before you start.</source>
        <translation>&lt;b&gt;سنجش ممکن است دیده شود&lt;/b&gt;، از سوی هر کسی که اتصال شما را زیر نظر دارد. پیش از شروع، بخش &lt;a href=&quot;guide&quot;&gt;ایمن ماندن&lt;/a&gt; را در راهنمای کاربر بخوانید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="74"/>
        <source>&amp;Look up my public IP address and network</source>
        <translation>نشانی IP عمومی و شبکهٔ من را &amp;پیدا کن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="77"/>
        <source>&amp;Start measuring</source>
        <translation>&amp;شروع سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="93"/>
        <source>Reachability and latency over the chosen range</source>
        <translation>دسترس‌پذیری و تأخیر در بازهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="98"/>
        <source>latency (ms)</source>
        <translation>تأخیر (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="139"/>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="223"/>
        <source>Incident</source>
        <translation>رخداد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="226"/>
        <source>Unconfirmed (one sweep)</source>
        <translation>تأییدنشده (یک دور سنجش)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="229"/>
        <source>Measured from: </source>
        <translation>سنجیده‌شده از: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="286"/>
        <source>{0} sweeps</source>
        <translation>{0} دور سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="286"/>
        <source>1 sweep</source>
        <translation>یک دور</translation>
    </message>
</context>
<context>
    <name>HistoryLoader</name>
    <message>
        <location filename="../../desktop_app/gui/history/loader.py" line="77"/>
        <location filename="../../desktop_app/gui/history/loader.py" line="100"/>
        <source>The history could not be read: {0}</source>
        <translation>تاریخچه خوانده نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/loader.py" line="91"/>
        <source>The incidents could not be read: {0}</source>
        <translation>رخدادها خوانده نشدند: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/loader.py" line="111"/>
        <source>The evidence of this incident could not be read: {0}</source>
        <translation>شواهد این رخداد خوانده نشد: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="68"/>
        <source>Last hour</source>
        <translation>یک ساعت گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="69"/>
        <source>Last day</source>
        <translation>یک روز گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="70"/>
        <source>Last week</source>
        <translation>یک هفتهٔ گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="71"/>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="72"/>
        <source>Last year</source>
        <translation>یک سال گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="73"/>
        <source>Custom…</source>
        <translation>دلخواه…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="99"/>
        <source>The whole platform was affected</source>
        <translation>کل پلتفرم آسیب دید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="214"/>
        <source>Vantage — History</source>
        <translation>Vantage — تاریخچه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="215"/>
        <source>Whole connection</source>
        <translation>کل اتصال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="255"/>
        <source>Range</source>
        <translation>بازه</translation>
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
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="268"/>
        <source>All platforms</source>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="271"/>
        <source>Show one-off &amp;inconclusive results</source>
        <translation>نمایش نتایج نامشخصِ &amp;تک‌موردی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="275"/>
        <source>Range problem</source>
        <translation>مشکل بازه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="278"/>
        <source>&amp;Range:</source>
        <translation>&amp;بازه:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="278"/>
        <source>P&amp;latform:</source>
        <translation>&amp;پلتفرم:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="282"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="289"/>
        <source>&amp;Export evidence…</source>
        <translation>خروجی گرفتن از &amp;شواهد…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="290"/>
        <source>A signed bundle of the incident chosen below, or else of the range and platform shown</source>
        <translation>بستهٔ امضاشده از رخداد انتخاب‌شده در پایین، وگرنه از بازه و پلتفرم نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="298"/>
        <source>Reachable</source>
        <translation>در دسترس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="298"/>
        <source>Sweeps</source>
        <translation>دورهای سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="299"/>
        <source>Most common problem</source>
        <translation>رایج‌ترین مشکل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="300"/>
        <source>Share of time each platform was reachable</source>
        <translation>سهم زمانی که هر پلتفرم در دسترس بود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="304"/>
        <source>Blocks seen once and not confirmed; never incidents</source>
        <translation>مسدودسازی‌هایی که یک بار دیده شدند و تأیید نشدند؛ هرگز رخداد نمی‌شوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="305"/>
        <source>A block seen in one sweep only: the check about a minute later (or the next sweep) did not see it again, or has yet to run. It is kept here, never as an incident or a notification.</source>
        <translation>مسدودسازی‌ای که فقط در یک دور سنجش دیده شد: بررسی حدود یک دقیقه بعد (یا دور بعدی) دوباره آن را ندید، یا هنوز انجام نشده است. اینجا نگه داشته می‌شود، هرگز به‌عنوان رخداد یا اعلان.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="311"/>
        <source>Incidents</source>
        <translation>رخدادها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="323"/>
        <source>Incident details</source>
        <translation>جزئیات رخداد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="326"/>
        <source>Choose an incident to zoom to it and see its evidence.</source>
        <translation>یک رخداد را انتخاب کنید تا روی آن بزرگ‌نمایی شود و شواهدش را ببینید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="327"/>
        <source>&amp;First measurement…</source>
        <translation>&amp;نخستین سنجش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="328"/>
        <source>La&amp;st measurement…</source>
        <translation>&amp;آخرین سنجش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="329"/>
        <source>&amp;Compare with other measurements</source>
        <translation>&amp;مقایسه با سنجش‌های دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="330"/>
        <source>Opens OONI Explorer&apos;s search for the same country, network and days in your browser. Vantage itself sends nothing.</source>
        <translation>جست‌وجوی OONI Explorer را برای همین کشور، شبکه و روزها در مرورگر شما باز می‌کند. خود Vantage چیزی نمی‌فرستد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="348"/>
        <source>&amp;Incidents</source>
        <translation>&amp;رخدادها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="349"/>
        <source>&amp;Unconfirmed</source>
        <translation>&amp;تأییدنشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="350"/>
        <source>Reachable &amp;share</source>
        <translation>&amp;سهم دسترس‌پذیری</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/history/view.py" line="571"/>
        <source>%Ln failing sweep(s)</source>
        <translation>
            <numerusform>%Ln دور ناموفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/history/view.py" line="572"/>
        <source>%Ln endpoint measurement(s)</source>
        <translation>
            <numerusform>%Ln اندازه‌گیری نقطهٔ پایانی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/history/view.py" line="575"/>
        <source>%Ln sweep(s) in between found it reachable</source>
        <translation>
            <numerusform>%Ln دور در این میان آن را در دسترس یافت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="597"/>
        <source>… {0} more</source>
        <translation>… {0} مورد دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="96"/>
        <source>Only {0} was affected</source>
        <translation>فقط {0} تحت تأثیر بود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="248"/>
        <location filename="../../desktop_app/gui/history/view.py" line="438"/>
        <location filename="../../desktop_app/gui/history/view.py" line="479"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="428"/>
        <source>“From” must be before “To”; still showing the last valid range.</source>
        <translation>«از» باید پیش از «تا» باشد؛ هنوز آخرین بازهٔ معتبر نشان داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="481"/>
        <source>finding incidents…</source>
        <translation>در حال یافتن رخدادها…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="484"/>
        <source>1 incident</source>
        <translation>یک رخداد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="484"/>
        <source>{0} incidents</source>
        <translation>{0} رخداد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="487"/>
        <source>1 unconfirmed block</source>
        <translation>۱ مسدودسازی تأییدنشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="488"/>
        <source>{0} unconfirmed blocks</source>
        <translation>{0} مسدودسازی تأییدنشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="493"/>
        <source>1 sweep</source>
        <translation>یک دور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="493"/>
        <source>{0} sweeps</source>
        <translation>{0} دور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="568"/>
        <source>ongoing</source>
        <translation>ادامه‌دار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="578"/>
        <source>Measuring stopped before it was seen reachable again.</source>
        <translation>سنجش پیش از آنکه دوباره در دسترس دیده شود متوقف شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="581"/>
        <source>Also seen: </source>
        <translation>همچنین دیده شد: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="586"/>
        <source>Network: </source>
        <translation>شبکه: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="588"/>
        <source>First measurement</source>
        <translation>نخستین سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="589"/>
        <source>Last measurement</source>
        <translation>آخرین سنجش</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="176"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="176"/>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="177"/>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="177"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="178"/>
        <source>Technique</source>
        <translation>روش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="178"/>
        <source>Affected</source>
        <translation>آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="179"/>
        <source>Failing sweeps</source>
        <translation>دورهای ناموفق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="180"/>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="189"/>
        <source>ongoing</source>
        <translation>ادامه‌دار</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="56"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="56"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="57"/>
        <source>Up</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="57"/>
        <source>Down</source>
        <translation>پایین</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="152"/>
        <source>Controls</source>
        <translation>کنترل‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="156"/>
        <source>&amp;Probe now</source>
        <translation>&amp;سنجش همین حالا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="158"/>
        <location filename="../../desktop_app/gui/main_window.py" line="457"/>
        <source>P&amp;ause</source>
        <translation>&amp;مکث</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="161"/>
        <source>&amp;History…</source>
        <translation>&amp;تاریخچه…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="163"/>
        <source>Look back: incidents, reachability and latency over any range</source>
        <translation>نگاه به گذشته: رخدادها، دسترس‌پذیری و تأخیر در هر بازهٔ زمانی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="164"/>
        <source>&amp;Export evidence…</source>
        <translation>خروجی گرفتن از &amp;شواهد…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="166"/>
        <source>Write a signed evidence bundle (default: the last 24 hours)</source>
        <translation>نوشتن یک بستهٔ شواهد امضاشده (پیش‌فرض: ۲۴ ساعت گذشته)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="167"/>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;راستی‌آزمایی یک بسته…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="168"/>
        <source>P&amp;latforms…</source>
        <translation>&amp;پلتفرم‌ها…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="169"/>
        <source>&amp;Settings…</source>
        <translation>ت&amp;نظیمات…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="171"/>
        <location filename="../../desktop_app/gui/main_window.py" line="588"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="176"/>
        <source>&amp;Every:</source>
        <translation>&amp;هر:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="178"/>
        <source>Probe interval</source>
        <translation>فاصلهٔ سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="181"/>
        <source>1 hour</source>
        <translation>۱ ساعت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="181"/>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="186"/>
        <source>The demo sweeps its lab every few seconds.</source>
        <translation>نسخهٔ نمایشی هر چند ثانیه یک بار آزمایشگاه خود را می‌سنجد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="193"/>
        <source>C&amp;ollection…</source>
        <translation>&amp;مجموعه…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="233"/>
        <source>Starting…</source>
        <translation>در حال شروع…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="236"/>
        <source>Probing… %v/%m</source>
        <translation>در حال سنجش… %v/%m</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="239"/>
        <source>What the sweep still waits for</source>
        <translation>سنجش هنوز منتظر چه چیزی است</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="248"/>
        <source>&amp;Measure</source>
        <translation>&amp;اندازه‌گیری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="253"/>
        <source>E&amp;vidence</source>
        <translation>&amp;شواهد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="256"/>
        <source>&amp;Options</source>
        <translation>&amp;گزینه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="296"/>
        <source>{0} s</source>
        <translation>{0} ثانیه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="308"/>
        <source>Open Vantage</source>
        <translation>باز کردن Vantage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="415"/>
        <source> (demo)</source>
        <translation> (نمایشی)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="419"/>
        <source> — offline</source>
        <translation> — آفلاین</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="421"/>
        <source> — captive portal</source>
        <translation> — صفحهٔ ورود شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="427"/>
        <source> — {0} blocked</source>
        <translation> — {0} مسدود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="429"/>
        <source> — all platforms reachable</source>
        <translation> — همهٔ پلتفرم‌ها در دسترس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="436"/>
        <source>Last sweep {0}</source>
        <translation>آخرین دور سنجش {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="439"/>
        <source>Data: last sweep {0}, today {1}</source>
        <translation>داده: آخرین دور {0}، امروز {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="450"/>
        <source>Paused: choose Resume (Ctrl+P) to measure again.</source>
        <translation>متوقف: برای سنجش دوباره «ادامه» (Ctrl+P) را برگزینید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="452"/>
        <source>Measuring now…</source>
        <translation>در حال سنجش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="457"/>
        <source>Res&amp;ume</source>
        <translation>&amp;ادامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="510"/>
        <source>A newer sweep is in progress; this is the last stored one. Its result will appear in the main window when it ends.</source>
        <translation>دور تازه‌تری در جریان است؛ این آخرین دور ذخیره‌شده است. نتیجهٔ آن پس از پایان در پنجرهٔ اصلی نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="527"/>
        <source>This is the demo: your choice of language is kept for Vantage itself; the other settings last until the demo ends.</source>
        <translation>این نسخهٔ نمایشی است: زبانی که انتخاب می‌کنید برای خود Vantage نگه داشته می‌شود؛ دیگر تنظیمات تا پایان نسخهٔ نمایشی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="548"/>
        <source>Your language could not be saved for Vantage itself: {0}</source>
        <translation>زبان شما برای خود Vantage ذخیره نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="559"/>
        <source>Start at login could not be changed: {0}</source>
        <translation>اجرای خودکار هنگام ورود تغییر داده نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="573"/>
        <source>Vantage keeps measuring in the background. Quit it from this icon&apos;s menu.</source>
        <translation>Vantage در پس‌زمینه به سنجش ادامه می‌دهد. برای بستن آن از منوی همین نماد استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="585"/>
        <source>Quit Vantage?</source>
        <translation>از Vantage خارج می‌شوید؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="586"/>
        <source>Vantage has no tray icon on this desktop. Quit and stop probing, or keep it running minimised?</source>
        <translation>Vantage در این میز کار نماد سینی سیستم ندارد. خارج شود و سنجش متوقف شود، یا کوچک‌شده به کار ادامه دهد؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="589"/>
        <source>&amp;Minimise</source>
        <translation>&amp;کوچک کردن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/schedule.py" line="22"/>
        <source>Paused</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/schedule.py" line="25"/>
        <source>Paused while on battery</source>
        <translation>متوقف هنگام کار با باتری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/schedule.py" line="27"/>
        <source>Paused on a metered connection</source>
        <translation>متوقف روی اتصال با حجم محدود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/schedule.py" line="29"/>
        <source>Paused: today&apos;s data cap is reached</source>
        <translation>متوقف: سقف مصرف دادهٔ امروز پر شده است</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop_app/gui/notifier.py" line="41"/>
        <source>{0}: {1}, only {2}</source>
        <translation>{0}: {1}، فقط {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/notifier.py" line="44"/>
        <source>{0} changed from “{1}” to “{2}”.</source>
        <translation>وضعیت {0} از «{1}» به «{2}» تغییر کرد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/notifier.py" line="50"/>
        <source>A second check confirmed it.</source>
        <translation>بررسی دوم آن را تأیید کرد.</translation>
    </message>
</context>
<context>
    <name>OpenLink</name>
    <message>
        <location filename="../../desktop_app/gui/open_link.py" line="25"/>
        <source>No file manager could open this folder. Its path is:</source>
        <translation>هیچ مدیر پرونده‌ای نتوانست این پوشه را باز کند. مسیر آن:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/open_link.py" line="27"/>
        <source>No web browser could open this link. Copy it into one:</source>
        <translation>هیچ مرورگری نتوانست این پیوند را باز کند. آن را در یک مرورگر رونوشت کنید:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/open_link.py" line="28"/>
        <source>Could not open</source>
        <translation>باز نشد</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../desktop_app/probes/catalogue/model.py" line="15"/>
        <source>Connectivity checks</source>
        <translation>بررسی‌های اتصال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/sweep_index.py" line="17"/>
        <source>Whole connection</source>
        <translation>کل اتصال</translation>
    </message>
</context>
<context>
    <name>PlatformTile</name>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="38"/>
        <source>Not measured yet</source>
        <translation>هنوز سنجیده نشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="65"/>
        <source>since {0}</source>
        <translation>از {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="69"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="71"/>
        <source>only {0}</source>
        <translation>فقط {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="74"/>
        <source>{0} of {1} affected</source>
        <translation>{0} از {1} دچار مشکل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/tiles.py" line="75"/>
        <source>%Ln endpoint(s)</source>
        <translation>
            <numerusform>%Ln نشانی</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="79"/>
        <source>Unconfirmed: Vantage checks these endpoints again a minute later and reports a block only if that check sees it too. {0}</source>
        <translation>تأییدنشده: Vantage یک دقیقه بعد این نقاط پایانی را دوباره بررسی می‌کند و فقط اگر آن بررسی هم مسدودسازی را ببیند آن را گزارش می‌دهد. {0}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="12"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="13"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="14"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="15"/>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="17"/>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="18"/>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="19"/>
        <source>Restore Defaults</source>
        <translation>بازگرداندن پیش‌فرض‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>&amp;بله</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/qt_strings.py" line="21"/>
        <source>&amp;No</source>
        <translation>&amp;خیر</translation>
    </message>
</context>
<context>
    <name>ReachabilityChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="65"/>
        <source>Reachability over time</source>
        <translation>دسترس‌پذیری در طول زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="77"/>
        <source>latency (ms)</source>
        <translation>تأخیر (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="136"/>
        <source>Reachability per platform · latency of &lt;b&gt;{0}&lt;/b&gt; (click a band to choose)</source>
        <translation>دسترس‌پذیری هر پلتفرم · تأخیر &lt;b&gt;{0}&lt;/b&gt; (برای انتخاب، روی یک نوار کلیک کنید)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="228"/>
        <source>Click for the evidence</source>
        <translation>برای دیدن شواهد کلیک کنید</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="42"/>
        <source>withheld</source>
        <translation>پنهان‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="95"/>
        <source>Network (ASN)</source>
        <translation>شبکه (ASN)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="96"/>
        <source>Internet provider</source>
        <translation>ارائه‌دهندهٔ اینترنت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="97"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="98"/>
        <source>System resolver</source>
        <translation>حل‌کنندهٔ DNS سیستم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="207"/>
        <source>whole</source>
        <translation>کامل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="212"/>
        <source>partial</source>
        <translation>جزئی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="213"/>
        <source>{0} and {1}</source>
        <translation>{0} و {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="215"/>
        <source>partial: {0}</source>
        <translation>جزئی: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="219"/>
        <source>Affected says how much of the platform it concerns: whole (its site and its apps&apos; own hosts), or partial with the parts affected, for example partial: media while its site and messages still worked. A dash means the sweeps did not record it (recorded by an older version, or the whole connection).</source>
        <translation>«متأثر» می‌گوید چه بخشی از پلتفرم درگیر بوده است: کامل (سایت آن و میزبان‌های خودِ برنامه‌هایش)، یا جزئی همراه با بخش‌های درگیر، برای نمونه جزئی: رسانه، در حالی که سایت و پیام‌هایش همچنان کار می‌کردند. خط تیره یعنی سنجش‌ها آن را ثبت نکرده‌اند (ثبت‌شده با نسخه‌ای قدیمی‌تر، یا کل اتصال).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="236"/>
        <source>ongoing</source>
        <translation>ادامه دارد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="32"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="246"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="251"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="246"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="247"/>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="247"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="33"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="248"/>
        <source>Technique</source>
        <translation>روش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="248"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="253"/>
        <source>Affected</source>
        <translation>آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="249"/>
        <source>Sweeps</source>
        <translation>دورهای سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="32"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="249"/>
        <source>Networks</source>
        <translation>شبکه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="250"/>
        <source>Log blocks</source>
        <translation>بلوک‌های گزارش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="33"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="251"/>
        <source>Measurements</source>
        <translation>سنجش‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="252"/>
        <source>Works</source>
        <translation>کار می‌کند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="252"/>
        <source>Verdicts</source>
        <translation>نتیجه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="270"/>
        <source>Measurements from {0} to {1}, times in {2} ({3}).</source>
        <translation>سنجش‌ها از {0} تا {1}، زمان‌ها به وقت {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="273"/>
        <source>Report created {0} ({1}).</source>
        <translation>گزارش در {0} ({1}) ساخته شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="281"/>
        <source>Software</source>
        <translation>نرم‌افزار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="282"/>
        <source>Source commit</source>
        <translation>کامیت منبع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="283"/>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="284"/>
        <source>Operating system</source>
        <translation>سیستم‌عامل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="286"/>
        <source>Signing key</source>
        <translation>کلید امضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="294"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="295"/>
        <source>Availability over time</source>
        <translation>دسترس‌پذیری در گذر زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/collect/report.py" line="34"/>
        <location filename="../../desktop_app/evidence/formats/report.py" line="296"/>
        <source>Incidents</source>
        <translation>رخدادها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="297"/>
        <source>Where and how this was measured</source>
        <translation>این سنجش کجا و چگونه انجام شد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="298"/>
        <source>Method</source>
        <translation>روش کار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="299"/>
        <source>How to check this report</source>
        <translation>چگونه این گزارش را بررسی کنیم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="300"/>
        <source>Each band is one platform; its colour and the legend&apos;s symbol give the verdict of each sweep. Grey means nothing was measured then.</source>
        <translation>هر نوار یک پلتفرم است؛ رنگ آن و نماد راهنما نتیجهٔ هر دور سنجش را نشان می‌دهند. خاکستری یعنی در آن زمان چیزی سنجیده نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="302"/>
        <source>Time to open a TCP connection to each platform, in milliseconds. A gap means no connection could be opened or nothing was measured.</source>
        <translation>زمان باز کردن اتصال TCP به هر پلتفرم، بر حسب میلی‌ثانیه. فاصلهٔ خالی یعنی هیچ اتصالی باز نشد یا چیزی سنجیده نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="304"/>
        <source>No incident in this range: every platform measured was reachable, or nothing was measured.</source>
        <translation>در این بازه رخدادی نبود: هر پلتفرمی که سنجیده شد در دسترس بود، یا چیزی سنجیده نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="306"/>
        <source>Signing key fingerprint: {0}</source>
        <translation>اثر انگشت کلید امضا: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="307"/>
        <source>Made by Vantage. This file is self-contained: opening it fetches nothing from the internet.</source>
        <translation>ساختهٔ Vantage. این پرونده خودبسنده است: باز کردن آن چیزی از اینترنت دریافت نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report.py" line="644"/>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="195"/>
        <source>Local time (UTC{0})</source>
        <translation>زمان محلی (UTC{0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="27"/>
        <source>Vantage probes each platform from this computer&apos;s own connection. For every endpoint it resolves the name with the system resolver and with independent DNS-over-HTTPS resolvers, connects over TCP, performs a TLS handshake with the real server name (and, when that fails, with a decoy name to tell SNI filtering from other failures), fetches the page, and for one asset per platform measures the transfer rate.</source>
        <translation>Vantage هر پلتفرم را از اتصال خود همین رایانه می‌سنجد. برای هر نقطهٔ پایانی، نام را هم با حل‌کنندهٔ سیستم و هم با حل‌کننده‌های مستقل DNS-over-HTTPS حل می‌کند، از راه TCP وصل می‌شود، دست‌دهی TLS را با نام واقعی سرور انجام می‌دهد (و اگر شکست بخورد، با یک نام فریبنده تا پالایش SNI از دیگر خطاها بازشناخته شود)، صفحه را دریافت می‌کند و برای یک پرونده از هر پلتفرم سرعت انتقال را می‌سنجد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="32"/>
        <source>A blocking verdict is only given when a re-test repeats the failure. A platform takes its most severe endpoint verdict. When the whole connection is down (the operating systems&apos; connectivity checks fail too) the verdict is &quot;offline&quot; rather than blocking; behind a VPN, blame is withheld. Throttling means a transfer rate under both 1 Mbit/s and a quarter of the median of the other platforms in the same sweep.</source>
        <translation>نتیجهٔ مسدودسازی تنها زمانی داده می‌شود که آزمون دوباره همان خطا را تکرار کند. هر پلتفرم شدیدترین نتیجهٔ نقاط پایانی خود را می‌گیرد. وقتی کل اتصال قطع است (بررسی‌های اتصال سیستم‌عامل‌ها هم شکست می‌خورند) نتیجه به‌جای مسدودسازی «آفلاین» است؛ پشت VPN کسی مقصر دانسته نمی‌شود. کندسازی یعنی سرعت انتقالی که هم از 1 Mbit/s کمتر باشد و هم از یک‌چهارم میانهٔ دیگر پلتفرم‌ها در همان دور سنجش.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="37"/>
        <source>Every sweep is one block of a hash-chained log: each block holds the previous block&apos;s hash and the Merkle root (RFC 9162) of its measurements&apos; exact bytes (RFC 8785 canonical JSON), so no measurement can be changed, removed, inserted or reordered afterwards without breaking the chain. The public IP address and the resolver address enter the log only as salted commitments, which a bundle may disclose or withhold.</source>
        <translation>هر دور سنجش یک بلوک از گزارشی زنجیره‌شده با هش است: هر بلوک هش بلوک پیشین و ریشهٔ Merkle (RFC 9162) بایت‌های دقیق سنجش‌هایش (JSON استاندارد RFC 8785) را در خود دارد، پس هیچ سنجشی را نمی‌توان بعداً بدون شکستن زنجیره تغییر داد، حذف کرد، افزود یا جابه‌جا کرد. نشانی IP عمومی و نشانی حل‌کننده تنها به‌صورت تعهدهای نمک‌زده وارد گزارش می‌شوند که یک بسته می‌تواند آن‌ها را فاش یا پنهان کند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="43"/>
        <source>Vantage evidence report</source>
        <translation>گزارش شواهد Vantage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="82"/>
        <source>Clock offset: not measured (no web server in range sent a Date header).</source>
        <translation>اختلاف ساعت: سنجیده نشد (هیچ سرور وبی در این بازه سرآیند Date نفرستاد).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="85"/>
        <source>This computer&apos;s clock was {0} ahead of the web servers&apos; clocks (median of {1} HTTP Date headers; they have one-second resolution).</source>
        <translation>ساعت این رایانه {0} از ساعت سرورهای وب جلوتر بود (میانهٔ {1} سرآیند HTTP Date؛ دقت آن‌ها یک ثانیه است).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="88"/>
        <source>This computer&apos;s clock was {0} behind the web servers&apos; clocks (median of {1} HTTP Date headers; they have one-second resolution).</source>
        <translation>ساعت این رایانه {0} از ساعت سرورهای وب عقب‌تر بود (میانهٔ {1} سرآیند HTTP Date؛ دقت آن‌ها یک ثانیه است).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/report_data.py" line="116"/>
        <source>(and {0} other networks in range; see incidents)</source>
        <translation>(و {0} شبکهٔ دیگر در این بازه؛ رخدادها را ببینید)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="40"/>
        <source>Jan</source>
        <translation>ژانویه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="40"/>
        <source>Feb</source>
        <translation>فوریه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="40"/>
        <source>Mar</source>
        <translation>مارس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="41"/>
        <source>Apr</source>
        <translation>آوریل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="41"/>
        <source>May</source>
        <translation>مه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="41"/>
        <source>Jun</source>
        <translation>ژوئن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="42"/>
        <source>Jul</source>
        <translation>ژوئیه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="42"/>
        <source>Aug</source>
        <translation>اوت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="42"/>
        <source>Sep</source>
        <translation>سپتامبر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="43"/>
        <source>Oct</source>
        <translation>اکتبر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="43"/>
        <source>Nov</source>
        <translation>نوامبر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="43"/>
        <source>Dec</source>
        <translation>دسامبر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="189"/>
        <source>No measurements in this range.</source>
        <translation>در این بازه سنجشی نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="216"/>
        <source>No measurement</source>
        <translation>بدون سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="229"/>
        <source>Availability of each platform over time</source>
        <translation>دسترس‌پذیری هر پلتفرم در گذر زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/svgchart.py" line="337"/>
        <source>Connection time of each platform over time, in milliseconds</source>
        <translation>زمان اتصال به هر پلتفرم در گذر زمان، بر حسب میلی‌ثانیه</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="112"/>
        <source>Vantage settings</source>
        <translation>تنظیمات Vantage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="133"/>
        <source>Data used: last sweep {0} · today {1} (as counted by this computer)</source>
        <translation>دادهٔ مصرف‌شده: آخرین دور {0} · امروز {1} (به شمارش این رایانه)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="136"/>
        <source>Extra targets</source>
        <translation>مقصدهای بیشتر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="174"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="114"/>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="176"/>
        <source>Probe every</source>
        <translation>فاصلهٔ سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="200"/>
        <source>The standard folder for your system</source>
        <translation>پوشهٔ استاندارد سیستم شما</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="201"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="232"/>
        <source>Where Vantage keeps its data</source>
        <translation>جایی که Vantage داده‌هایش را نگه می‌دارد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="243"/>
        <source>Your own targets</source>
        <translation>مقصدهای خودتان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="244"/>
        <source>&amp;Add URL…</source>
        <translation>&amp;افزودن نشانی وب…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="245"/>
        <source>&amp;Import Citizen Lab list…</source>
        <translation>&amp;وارد کردن فهرست Citizen Lab…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="246"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="257"/>
        <source>Probed with every sweep, besides the platforms. Changes apply at the next sweep.</source>
        <translation>در هر دور سنجش، علاوه بر پلتفرم‌ها، این مقصدها هم سنجیده می‌شوند. تغییرات از دور بعدی اعمال می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="273"/>
        <source>Your targets file could not be read: {0}</source>
        <translation>فایل مقصدهای شما خوانده نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="275"/>
        <source>Test list: {0}</source>
        <translation>فهرست آزمون: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="284"/>
        <source>Add a target</source>
        <translation>افزودن مقصد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="284"/>
        <source>URL (https://, http://, tcp://host:port or tls://host:port):</source>
        <translation>نشانی وب (https://، http://، tcp://host:port یا tls://host:port):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="293"/>
        <source>Not added: {0} {1}.</source>
        <translation>افزوده نشد: {0} {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="295"/>
        <source>Added {0}.</source>
        <translation>{0} افزوده شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="300"/>
        <source>Import a Citizen Lab test list</source>
        <translation>وارد کردن فهرست آزمون Citizen Lab</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="301"/>
        <source>Test lists (*.csv)</source>
        <translation>فهرست‌های آزمون (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="309"/>
        <source>Not imported: {0}</source>
        <translation>وارد نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="311"/>
        <source>Imported {0}.</source>
        <translation>{0} وارد شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="316"/>
        <source>Remove target</source>
        <translation>حذف مقصد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="324"/>
        <source>Stop probing {0}? Its past measurements stay in the history.</source>
        <translation>سنجش {0} متوقف شود؟ سنجش‌های پیشین آن در تاریخچه می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="331"/>
        <source>Removed {0}.</source>
        <translation>{0} حذف شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="346"/>
        <source>Choose at least one platform to probe.</source>
        <translation>دست‌کم یک سکو برای سنجش برگزینید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="360"/>
        <source>Not saved: {0}</source>
        <translation>ذخیره نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="83"/>
        <source>Probing</source>
        <translation>سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="84"/>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="85"/>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="86"/>
        <source>Frugality</source>
        <translation>صرفه‌جویی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="87"/>
        <source>App</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="88"/>
        <source>Evidence</source>
        <translation>شواهد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="91"/>
        <source>System language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="115"/>
        <source>From 1 minute to 1 hour.</source>
        <translation>از یک دقیقه تا یک ساعت.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="118"/>
        <source>Platforms to probe</source>
        <translation>پلتفرم‌هایی که سنجیده شوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="119"/>
        <source>The connectivity checks always run.</source>
        <translation>بررسی‌های اتصال همیشه انجام می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="121"/>
        <source>Timeout per network operation (seconds)</source>
        <translation>مهلت هر عملیات شبکه (ثانیه)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="122"/>
        <source>A sweep always ends within five times this.</source>
        <translation>هر دور سنجش همیشه در کمتر از پنج برابر این زمان تمام می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="124"/>
        <source>Independent DNS resolvers (DNS-over-HTTPS)</source>
        <translation>سرورهای DNS مستقل (DNS-over-HTTPS)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="125"/>
        <source>Compared with your own resolver to recognise DNS blocking.</source>
        <translation>برای تشخیص مسدودسازی DNS با سرور DNS خود شما مقایسه می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="128"/>
        <source>Look up my public IP address and network</source>
        <translation>نشانی IP عمومی و شبکهٔ من را پیدا کن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="129"/>
        <source>Records your network (ISP, country) with each sweep. The address itself is kept as a salted commitment.</source>
        <translation>شبکهٔ شما (ارائه‌دهندهٔ اینترنت، کشور) با هر دور سنجش ثبت می‌شود. خود نشانی فقط به صورت نشانه‌ای رمزی نگه داشته می‌شود که چیزی را آشکار نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="132"/>
        <source>Public IP lookup service</source>
        <translation>سرویس یافتن IP عمومی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="134"/>
        <source>Ask OONI&apos;s test helper to check each site from outside my network</source>
        <translation>از دستیار آزمون OONI بخواه هر سایت را از بیرون شبکهٔ من بررسی کند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="135"/>
        <source>Lets OONI&apos;s analysis confirm a block in exported measurements. It tells OONI&apos;s servers which web addresses and server addresses were tested, and when.</source>
        <translation>به تحلیل OONI امکان می‌دهد انسداد را در اندازه‌گیری‌های صادرشده تأیید کند. این کار به سرورهای OONI می‌گوید کدام نشانی‌های وب و نشانی‌های سرور و در چه زمانی آزموده شدند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="139"/>
        <source>OONI-compatible test helper</source>
        <translation>دستیار آزمون سازگار با OONI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="142"/>
        <source>Where data lives</source>
        <translation>محل نگهداری داده‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="143"/>
        <source>Empty: the standard folder for your system.</source>
        <translation>خالی: پوشهٔ استاندارد سیستم شما.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="146"/>
        <source>Pause while on battery</source>
        <translation>هنگام کار با باتری متوقف شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="148"/>
        <source>Pause on a metered connection</source>
        <translation>روی اتصال حجمی متوقف شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="150"/>
        <source>Measure download speed every (minutes)</source>
        <translation>اندازه‌گیری سرعت دانلود هر (دقیقه)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="151"/>
        <source>Throttling is judged from one small download per platform (about 2.5 MB in all). 0 measures it in every sweep.</source>
        <translation>کندسازی از یک دانلود کوچک برای هر سکو سنجیده می‌شود (روی هم حدود ۲٫۵ مگابایت). ۰ یعنی در هر دور اندازه‌گیری شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="158"/>
        <source>Daily data cap (MB)</source>
        <translation>سقف مصرف روزانهٔ داده (MB)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="159"/>
        <source>Probing pauses until midnight once today&apos;s sweeps have used this much. 0 means no cap.</source>
        <translation>وقتی دورهای امروز این مقدار داده مصرف کنند، سنجش تا نیمه‌شب متوقف می‌شود. ۰ یعنی بدون سقف.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="162"/>
        <source>Notify me when a platform&apos;s state changes</source>
        <translation>وقتی وضعیت یک پلتفرم تغییر کرد به من خبر بده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="164"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="165"/>
        <source>The app follows your system&apos;s language unless you choose one. Takes effect when Vantage starts again.</source>
        <translation>تا وقتی زبانی انتخاب نکنید، برنامه از زبان سیستم شما پیروی می‌کند. تغییر پس از اجرای دوبارهٔ برنامه اعمال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="169"/>
        <source>Start Vantage when I log in</source>
        <translation>با ورود من به سیستم، Vantage اجرا شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="170"/>
        <source>It then measures in the background from the moment you log in.</source>
        <translation>در این صورت از لحظهٔ ورود شما در پس‌زمینه سنجش می‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="173"/>
        <source>Timestamp authority (RFC 3161)</source>
        <translation>مرجع مهر زمانی (RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="174"/>
        <source>Empty: bundles are signed but not timestamped. A timestamp proves when a bundle existed; asking for one tells the authority that you exported something at that moment (nothing of its content).</source>
        <translation>خالی: بسته‌ها امضا می‌شوند اما مهر زمانی نمی‌خورند. مهر زمانی ثابت می‌کند بسته از چه زمانی وجود داشته است؛ درخواست آن فقط به مرجع می‌گوید که شما در آن لحظه چیزی صادر کرده‌اید (نه محتوای آن را).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="179"/>
        <source>Timestamp bundles when an authority is set</source>
        <translation>اگر مرجعی تعیین شده، به بسته‌ها مهر زمانی بزن</translation>
    </message>
</context>
<context>
    <name>StateBanner</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="89"/>
        <source>Show evidence…</source>
        <translation>نمایش شواهد…</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="30"/>
        <source>The ISP&apos;s resolver</source>
        <translation>سرور DNS ارائه‌دهندهٔ اینترنت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="31"/>
        <source>The independent resolver</source>
        <translation>سرور DNS مستقل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="32"/>
        <source>This computer&apos;s own lookup</source>
        <translation>جستجوی خود این رایانه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="36"/>
        <source>DNS: the ISP&apos;s resolver</source>
        <translation>DNS: سرور DNS ارائه‌دهندهٔ اینترنت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="37"/>
        <source>DNS: independent resolver ({0})</source>
        <translation>DNS: سرور DNS مستقل ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="38"/>
        <source>DNS: this computer&apos;s own lookup</source>
        <translation>DNS: جستجوی خود این رایانه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="39"/>
        <source>Connection to {0} port {1}</source>
        <translation>اتصال به {0} در درگاه {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="40"/>
        <source>Connection kept open</source>
        <translation>اتصال باز نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="41"/>
        <source>Secure connection (TLS) for {0}</source>
        <translation>اتصال امن (TLS) برای {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="42"/>
        <source>Secure connection without checking the certificate</source>
        <translation>اتصال امن بدون بررسی گواهی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="43"/>
        <source>Secure connection with an innocuous name ({0})</source>
        <translation>اتصال امن با یک نام بی‌خطر ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="44"/>
        <source>Web page</source>
        <translation>صفحهٔ وب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="45"/>
        <source>Web page behind the invalid certificate</source>
        <translation>صفحهٔ وب پشت گواهی نامعتبر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="46"/>
        <source>Download</source>
        <translation>بارگیری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="51"/>
        <source>No answer within {0} s.</source>
        <translation>در {0} ثانیه پاسخی نیامد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="52"/>
        <source>The connection was refused.</source>
        <translation>اتصال رد شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="53"/>
        <source>The connection was reset.</source>
        <translation>اتصال بازنشانی شد (قطع شد).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="54"/>
        <source>The connection was closed before an answer came.</source>
        <translation>اتصال پیش از رسیدن پاسخ بسته شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="55"/>
        <source>The resolver said the name does not exist.</source>
        <translation>سرور DNS گفت این نام وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="56"/>
        <source>The resolver gave no address for the name.</source>
        <translation>سرور DNS هیچ نشانی‌ای برای این نام نداد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="57"/>
        <source>The resolver refused to answer.</source>
        <translation>سرور DNS از پاسخ دادن خودداری کرد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="58"/>
        <source>The resolver could not answer (server failure).</source>
        <translation>سرور DNS نتوانست پاسخ دهد (خطای سرور).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="59"/>
        <source>The resolver&apos;s answer could not be read.</source>
        <translation>پاسخ سرور DNS خوانا نبود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="60"/>
        <source>The certificate presented is for another name.</source>
        <translation>گواهی ارائه‌شده برای نام دیگری است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="62"/>
        <source>The certificate presented was not issued by an authority trusted here.</source>
        <translation>گواهی ارائه‌شده را مرجعی که اینجا مورد اعتماد است صادر نکرده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="63"/>
        <source>The certificate presented is expired or otherwise invalid.</source>
        <translation>گواهی ارائه‌شده منقضی شده یا به دلیل دیگری نامعتبر است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="64"/>
        <source>The secure connection could not be set up.</source>
        <translation>اتصال امن برقرار نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="65"/>
        <source>The address could not be reached (no route to it).</source>
        <translation>به این نشانی نمی‌شد رسید (مسیری به آن نیست).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="67"/>
        <source>The address could not be reached (no route to its network).</source>
        <translation>به این نشانی نمی‌شد رسید (مسیری به شبکهٔ آن نیست).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="68"/>
        <source>The page redirected in a loop.</source>
        <translation>صفحه در یک حلقه تغییر مسیر داد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="69"/>
        <source>The server&apos;s answer was not valid HTTP.</source>
        <translation>پاسخ سرور HTTP معتبر نبود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="71"/>
        <source>Not contacted: the address is outside the networks this app may probe.</source>
        <translation>تماس گرفته نشد: این نشانی بیرون از شبکه‌هایی است که این برنامه اجازهٔ سنجش آن‌ها را دارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="72"/>
        <source>Not contacted: the only answers were non-public addresses.</source>
        <translation>تماس گرفته نشد: تنها پاسخ‌ها نشانی‌های غیرعمومی بودند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="73"/>
        <source>This computer itself refused to send it (its firewall).</source>
        <translation>خود این رایانه از فرستادن آن خودداری کرد (دیوار آتش آن).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="75"/>
        <source>This computer has no route to that address (for example, no IPv6 here).</source>
        <translation>این رایانه مسیری به آن نشانی ندارد (برای نمونه، اینجا IPv6 نیست).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="77"/>
        <source>It failed; the detail column names how.</source>
        <translation>ناموفق بود؛ ستون جزئیات چگونگی آن را می‌گوید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="78"/>
        <source>No answer in time.</source>
        <translation>پاسخی به‌موقع نیامد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="83"/>
        <source>The secure connection was refused after the server name was sent.</source>
        <translation>پس از فرستادن نام سرور، اتصال امن رد شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="84"/>
        <source>The secure connection was closed after the server name was sent.</source>
        <translation>پس از فرستادن نام سرور، اتصال امن بسته شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="85"/>
        <source>No answer within {0} s after the server name was sent.</source>
        <translation>پس از فرستادن نام سرور، در {0} ثانیه پاسخی نیامد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="87"/>
        <source>With an innocuous name the secure connection was refused too.</source>
        <translation>با یک نام بی‌خطر هم اتصال امن رد شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="88"/>
        <source>With an innocuous name the secure connection was closed too.</source>
        <translation>با یک نام بی‌خطر هم اتصال امن بسته شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="90"/>
        <source>With an innocuous name there was no answer within {0} s either.</source>
        <translation>با یک نام بی‌خطر هم در {0} ثانیه پاسخی نیامد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="91"/>
        <source>The connection was reset right after it opened.</source>
        <translation>اتصال بلافاصله پس از باز شدن بازنشانی شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="95"/>
        <source>{0} answered {1}.</source>
        <translation>{0} پاسخ داد: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="96"/>
        <source>{0} answered {1}; the independent resolver answered {2}.</source>
        <translation>{0} پاسخ داد: {1}؛ سرور DNS مستقل پاسخ داد: {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="97"/>
        <source>{0} answered {1}, as the independent resolver did.</source>
        <translation>{0} پاسخ داد: {1}، همان‌طور که سرور DNS مستقل پاسخ داد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="99"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="102"/>
        <source>{0} said the name does not exist.</source>
        <translation>{0} گفت این نام وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="103"/>
        <source>{0} gave no address for the name.</source>
        <translation>{0} هیچ نشانی‌ای برای این نام نداد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="104"/>
        <source>{0} refused to answer.</source>
        <translation>{0} از پاسخ دادن خودداری کرد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="105"/>
        <source>{0} could not answer (server failure).</source>
        <translation>{0} نتوانست پاسخ دهد (خطای سرور).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="106"/>
        <source>{0} sent an answer that could not be read.</source>
        <translation>{0} پاسخی فرستاد که خوانا نبود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="107"/>
        <source>{0} gave no answer within {1} s.</source>
        <translation>{0} در {1} ثانیه پاسخی نداد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="110"/>
        <source>Connected in {0} ms.</source>
        <translation>اتصال در {0} ms برقرار شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="111"/>
        <source>The connection stayed open.</source>
        <translation>اتصال باز ماند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="112"/>
        <source>The secure connection was set up; the certificate is valid for {0}.</source>
        <translation>اتصال امن برقرار شد؛ گواهی برای {0} معتبر است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="113"/>
        <source>The certificate presented was issued by {0} for {1}.</source>
        <translation>گواهی ارائه‌شده را {0} برای {1} صادر کرده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="114"/>
        <source>A secure connection was set up without checking the certificate.</source>
        <translation>اتصال امن بدون بررسی گواهی برقرار شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="115"/>
        <source>With an innocuous name the same address set up a secure connection.</source>
        <translation>با یک نام بی‌خطر همان نشانی اتصال امن برقرار کرد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="116"/>
        <source>The page answered HTTP {0}.</source>
        <translation>صفحه با HTTP {0} پاسخ داد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="117"/>
        <source>The page answered HTTP {0} ({1}).</source>
        <translation>صفحه با HTTP {0} ({1}) پاسخ داد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="118"/>
        <source>The page is a known block page ({0}).</source>
        <translation>این صفحه یک صفحهٔ فیلتر شناخته‌شده است ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="119"/>
        <source>The page answered HTTP {0} but did not finish within {1} s.</source>
        <translation>صفحه با HTTP {0} پاسخ داد اما در {1} ثانیه کامل نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="120"/>
        <source>Behind the invalid certificate the page answered HTTP {0}.</source>
        <translation>پشت گواهی نامعتبر، صفحه با HTTP {0} پاسخ داد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="121"/>
        <source>Behind the invalid certificate is a known block page ({0}).</source>
        <translation>پشت گواهی نامعتبر یک صفحهٔ فیلتر شناخته‌شده است ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="122"/>
        <source>Downloaded {0} kB at {1} kB/s.</source>
        <translation>{0} kB با سرعت {1} kB/s بارگیری شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/step_words.py" line="123"/>
        <source>Downloaded {0} kB at {1} kB/s before the time limit stopped it.</source>
        <translation>{0} kB با سرعت {1} kB/s بارگیری شد تا اینکه مهلت زمانی آن را متوقف کرد.</translation>
    </message>
</context>
<context>
    <name>UnconfirmedModel</name>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="153"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="153"/>
        <source>Seen</source>
        <translation>زمان مشاهده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="154"/>
        <source>Technique</source>
        <translation>روش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="154"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="155"/>
        <source>Affected</source>
        <translation>آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="155"/>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="88"/>
        <source>Works</source>
        <translation>کار می‌کند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="64"/>
        <source>Blocked (DNS)</source>
        <translation>مسدود (DNS)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="67"/>
        <source>Blocked (forged DNS)</source>
        <translation>مسدود (DNS جعلی)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="69"/>
        <source>Blocked (IP)</source>
        <translation>مسدود (IP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="71"/>
        <source>Blocked (connection reset)</source>
        <translation>مسدود (قطع اتصال)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="74"/>
        <source>Blocked (SNI filtering)</source>
        <translation>مسدود (فیلترینگ SNI)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="77"/>
        <source>Intercepted (certificate)</source>
        <translation>رهگیری (گواهی)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="80"/>
        <source>Blocked (blockpage)</source>
        <translation>مسدود (صفحهٔ فیلتر)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="83"/>
        <source>Throttled</source>
        <translation>کند شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="60"/>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="62"/>
        <source>Captive portal</source>
        <translation>صفحهٔ ورود شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="86"/>
        <source>Platform down</source>
        <translation>اختلال در پلتفرم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/common/vocabulary.py" line="87"/>
        <source>Unclear</source>
        <translation>نامشخص</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="70"/>
        <source>Verify an evidence bundle</source>
        <translation>راستی‌آزمایی بستهٔ شواهد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="84"/>
        <source>Bundle file</source>
        <translation>فایل بسته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="85"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="91"/>
        <source>SHA256:… (optional: the fingerprint the sender gave you)</source>
        <translation>SHA256:… (اختیاری: اثر انگشتی که فرستنده به شما داده است)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="92"/>
        <source>Expected signing key</source>
        <translation>کلید امضای مورد انتظار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="96"/>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="96"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="98"/>
        <source>Checks</source>
        <translation>بررسی‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="103"/>
        <source>&amp;Verify</source>
        <translation>&amp;راستی‌آزمایی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="108"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;بسته:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="109"/>
        <source>&amp;Expected key:</source>
        <translation>&amp;کلید مورد انتظار:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="119"/>
        <source>Choose an evidence bundle</source>
        <translation>یک بستهٔ شواهد انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="120"/>
        <source>Zip files (*.zip)</source>
        <translation>فایل‌های زیپ (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="129"/>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="151"/>
        <source>&lt;b&gt;{0} The bundle is intact&lt;/b&gt; and was signed by {1}.</source>
        <translation>&lt;b&gt;{0} بسته دست‌نخورده است&lt;/b&gt; و با {1} امضا شده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="154"/>
        <source>&lt;b&gt;{0} The bundle failed verification:&lt;/b&gt; do not rely on it.</source>
        <translation>&lt;b&gt;{0} راستی‌آزمایی بسته ناموفق بود:&lt;/b&gt; به آن اعتماد نکنید.</translation>
    </message>
</context>
<context>
    <name>VerifyText</name>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="17"/>
        <source>How to check this evidence bundle without Vantage</source>
        <translation>چگونه این بستهٔ شواهد را بدون Vantage بررسی کنیم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="18"/>
        <source>Unpack the zip into an empty folder and run these commands inside it. Each must succeed.
The signer&apos;s key fingerprint is in {0} (&quot;signer&quot;); compare it with the one the
person who measured gave you beforehand ({1} prints it).</source>
        <translation>zip را در پوشه‌ای خالی باز کنید و این فرمان‌ها را درون آن اجرا کنید. هر یک باید موفق شود.
اثر انگشت کلید امضاکننده در {0} (&quot;signer&quot;) است؛ آن را با اثر انگشتی که
فرد سنجنده از پیش به شما داده مقایسه کنید ({1} آن را چاپ می‌کند).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="21"/>
        <source>1. The signature over the list of files (OpenSSH 8.1 or newer):</source>
        <translation>1. امضای روی فهرست پرونده‌ها (OpenSSH 8.1 یا جدیدتر):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="22"/>
        <source>It prints: {0}</source>
        <translation>چاپ می‌کند: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="23"/>
        <source>2. Every file against the list:</source>
        <translation>2. هر پرونده در برابر فهرست:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="24"/>
        <source>run the signature check through cmd, not PowerShell (PowerShell pipes alter bytes):</source>
        <translation>بررسی امضا را با cmd اجرا کنید، نه PowerShell (لوله‌های PowerShell بایت‌ها را تغییر می‌دهند):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="26"/>
        <source>and compare each file&apos;s hash with its line in {0}:</source>
        <translation>و هش هر پرونده را با سطر آن در {0} مقایسه کنید:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="27"/>
        <source>Also check that the folder holds no file that {0} does not list, other than
{0}, {1} and {2}.</source>
        <translation>همچنین بررسی کنید که پوشه پرونده‌ای جز آن‌چه {0} فهرست کرده نداشته باشد، به‌جز
{0}، {1} و {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="29"/>
        <source>3. If {0} is present, it is an RFC 3161 token from a timestamp authority over the
signature&apos;s bytes, proving the bundle existed by the time it states. With the authority&apos;s CA
certificate (and its signing certificate, if the token does not include it):</source>
        <translation>3. اگر {0} هست، توکن RFC 3161 یک مرجع مهر زمانی روی بایت‌های امضاست
که ثابت می‌کند بسته تا زمانی که می‌گوید وجود داشته است. با گواهی CA آن مرجع
(و گواهی امضای آن، اگر توکن آن را در بر ندارد):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="33"/>
        <source>(shows the time)</source>
        <translation>(زمان را نشان می‌دهد)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="34"/>
        <source>4. With Vantage installed, {0} makes every check
above and more: the hash chain of {1}, each block&apos;s Merkle root, every measurement&apos;s
inclusion proof ({2}), the disclosed values against their commitments
({3}), and the log checkpoint in {4}.</source>
        <translation>4. اگر Vantage نصب باشد، {0} همهٔ بررسی‌های
بالا و بیشتر را انجام می‌دهد: زنجیرهٔ هش {1}، ریشهٔ Merkle هر بلوک، اثبات گنجاندن
هر سنجش ({2})، مقادیر فاش‌شده در برابر تعهدهایشان
({3}) و نقطهٔ وارسی گزارش در {4}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="38"/>
        <source>What the files are</source>
        <translation>پرونده‌ها چه هستند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="99"/>
        <source>every revealed measurement, as the exact bytes the log hashed</source>
        <translation>هر سنجش آشکارشده، با همان بایت‌هایی که گزارش هش کرد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="101"/>
        <source>for each, its block and position, with a Merkle inclusion proof when only part
of its block is revealed (a whole block is checked against its root instead)</source>
        <translation>برای هر یک، بلوک و جایگاهش، با اثبات گنجاندن Merkle وقتی تنها بخشی
از بلوکش آشکار شده است (بلوک کامل به‌جای آن با ریشه‌اش بررسی می‌شود)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="104"/>
        <source>the header of every block in range and the one before (one JSON line each,
exactly the bytes whose SHA-256 is the block&apos;s hash)</source>
        <translation>سرآیند هر بلوک در بازه و بلوک پیش از آن (هر کدام یک سطر JSON،
دقیقاً بایت‌هایی که SHA-256 آن‌ها هش بلوک است)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="107"/>
        <source>salts and values behind the commitments that were revealed (public IP, resolver)</source>
        <translation>نمک‌ها و مقادیر پشت تعهدهایی که فاش شدند (IP عمومی، حل‌کننده)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="109"/>
        <source>a flat summary for spreadsheets</source>
        <translation>خلاصه‌ای ساده برای صفحه‌گسترده‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="110"/>
        <source>the incidents in range, as the History view computes them</source>
        <translation>رخدادهای بازه، همان‌گونه که نمای تاریخچه آن‌ها را محاسبه می‌کند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="111"/>
        <source>the same measurements in OONI&apos;s data format (urlgetter-style, as measured:
no test helper&apos;s control unless one was asked), gzipped JSONL as OONI publishes
its own (read it with zcat or gunzip)</source>
        <translation>همین سنجش‌ها در قالب داده‌ای OONI (به سبک urlgetter، همان‌گونه که سنجیده شد:
بدون کنترل یاریگر آزمون مگر آن‌که خواسته شده باشد)، JSONL فشرده با gzip همان‌گونه که OONI
سنجش‌های خود را منتشر می‌کند (با zcat یا gunzip بخوانید)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="114"/>
        <source>the certificates and bodies the measurements name, each under its SHA-256</source>
        <translation>گواهی‌ها و بدنه‌هایی که سنجش‌ها نام می‌برند، هر یک با نام SHA-256 خودش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="116"/>
        <source>the human-readable report</source>
        <translation>گزارش خوانا برای انسان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/evidence/formats/verify_text.py" line="117"/>
        <source>what, when, from which software and log checkpoint, and what was withheld</source>
        <translation>چه، چه وقت، از کدام نرم‌افزار و نقطهٔ وارسی گزارش، و چه چیزی پنهان ماند</translation>
    </message>
</context>
<context>
    <name>VerifyWorker</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="41"/>
        <source>Choose a bundle file first.</source>
        <translation>نخست پروندهٔ بسته را برگزینید.</translation>
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
        <translation>جستجوی نشانی IP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="33"/>
        <source>control</source>
        <translation>کنترل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="74"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="75"/>
        <source>{0} and {1} more</source>
        <translation>{0} و {1} مورد دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/probes/inflight.py" line="76"/>
        <source>Waiting for: {0} — up to {1} s</source>
        <translation>در انتظار: {0} — حداکثر {1} ثانیه</translation>
    </message>
</context>
</TS>
