<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="17"/>
        <source>by DNS (your resolver does not give its address)</source>
        <translation>از راه DNS (سرور DNS شما نشانی آن را نمی‌دهد)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="18"/>
        <source>by forged DNS answers</source>
        <translation>با پاسخ‌های جعلی DNS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="19"/>
        <source>by IP blocking (connections time out)</source>
        <translation>با مسدودسازی IP (اتصال‌ها بی‌پاسخ می‌مانند)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="20"/>
        <source>by connection resets</source>
        <translation>با قطع اجباری اتصال‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="21"/>
        <source>by a reset during the TLS handshake (SNI filtering)</source>
        <translation>با قطع اتصال هنگام دست‌دهی TLS (فیلترینگ SNI)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="22"/>
        <source>by interception (a certificate not valid for it)</source>
        <translation>با رهگیری (با گواهی‌ای که برای آن معتبر نیست)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="23"/>
        <source>with a blockpage</source>
        <translation>با نمایش صفحهٔ فیلتر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="24"/>
        <source>by throttling (it loads far slower than other platforms)</source>
        <translation>با کندسازی (بسیار کندتر از دیگر پلتفرم‌ها بارگذاری می‌شود)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="26"/>
        <source>{names} is blocked {how} since {time}</source>
        <translation>{names} از ساعت {time} {how} مسدود شده است</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="27"/>
        <source>{names} are blocked {how} since {time}</source>
        <translation>{names} از ساعت {time} {how} مسدود شده‌اند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="28"/>
        <source>{names} is throttled since {time}: it loads far slower than other platforms</source>
        <translation>سرعت {names} از ساعت {time} کاهش یافته است: بسیار کندتر از دیگر پلتفرم‌ها بارگذاری می‌شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="30"/>
        <source>{names} are throttled since {time}: they load far slower than other platforms</source>
        <translation>سرعت {names} از ساعت {time} کاهش یافته است: بسیار کندتر از دیگر پلتفرم‌ها بارگذاری می‌شوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="32"/>
        <source>{sentence}; also affected: {others}.</source>
        <translation>{sentence}؛ همچنین دچار مشکل: {others}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="33"/>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="34"/>
        <source>{first} and {last}</source>
        <translation>{first} و {last}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="35"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="60"/>
        <source>Waiting for the first measurement…</source>
        <translation>در انتظار نخستین سنجش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="63"/>
        <source>Your connection is offline: {detail}.</source>
        <translation>اتصال شما قطع است: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="64"/>
        <source>Your connection is offline.</source>
        <translation>اتصال شما قطع است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="65"/>
        <source>Vantage keeps measuring and records when it comes back.</source>
        <translation>Vantage به سنجش ادامه می‌دهد و زمان وصل شدن دوبارهٔ اتصال را ثبت می‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="68"/>
        <source>Captive portal: sign in to the network first. Results resume after that.</source>
        <translation>صفحهٔ ورود شبکه: نخست وارد شبکه شوید. پس از آن، نتایج دوباره نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="71"/>
        <source>A VPN is active ({vpn}): results describe the VPN&apos;s network, not yours.</source>
        <translation>یک VPN فعال است ({vpn}): نتایج وضعیت شبکهٔ VPN را نشان می‌دهند، نه شبکهٔ شما را.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="94"/>
        <source>{names}: the platform&apos;s own servers are failing. This is not censorship.</source>
        <translation>{names}: سرورهای خود پلتفرم دچار اختلال‌اند. این سانسور نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner_text.py" line="99"/>
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
    <name>Duration</name>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="13"/>
        <source>{0} d</source>
        <translation>{0} روز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="14"/>
        <source>{0} h</source>
        <translation>{0} ساعت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="15"/>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/localtext.py" line="16"/>
        <source>{0} s</source>
        <translation>{0} ثانیه</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="45"/>
        <source>Evidence: {0}</source>
        <translation>شواهد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="54"/>
        <source>Endpoint / step</source>
        <translation>نشانی / مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="54"/>
        <source>Start (ms)</source>
        <translation>شروع (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="54"/>
        <source>Time (ms)</source>
        <translation>زمان (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="55"/>
        <source>What was seen</source>
        <translation>آنچه دیده شد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="55"/>
        <source>Failure</source>
        <translation>خطا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="56"/>
        <source>Steps of each endpoint</source>
        <translation>مراحل هر نشانی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="62"/>
        <source>re-test</source>
        <translation>آزمون دوباره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/measurement_detail.py" line="75"/>
        <source>&amp;Copy as JSON</source>
        <translation>&amp;کپی به صورت JSON</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="80"/>
        <source>Export evidence</source>
        <translation>خروجی گرفتن از شواهد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="114"/>
        <source>Platforms to include</source>
        <translation>پلتفرم‌هایی که گنجانده شوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="122"/>
        <source>&amp;Withhold my public IP address and resolver address</source>
        <translation>&amp;نشانی IP عمومی من و نشانی سرور DNS پنهان شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="124"/>
        <source>The bundle keeps only salted commitments of them, which reveal nothing; it still verifies in full. Network (ASN), provider and country stay.</source>
        <translation>بسته به جای آن‌ها فقط نشانه‌های رمزنگاشته‌ای نگه می‌دارد که چیزی را فاش نمی‌کنند؛ بسته همچنان به‌طور کامل قابل راستی‌آزمایی است. شبکه (ASN)، ارائه‌دهندهٔ اینترنت و کشور باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="127"/>
        <source>&amp;Timestamp it with {0}</source>
        <translation>افزودن مهر &amp;زمانی با {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="128"/>
        <source>Timestamp: no authority is set (Settings → Evidence)</source>
        <translation>مهر زمانی: هیچ مرجعی تنظیم نشده است (تنظیمات ← شواهد)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="132"/>
        <source>Save the bundle as</source>
        <translation>ذخیرهٔ بسته با نام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="133"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="141"/>
        <source>Signing key fingerprint</source>
        <translation>اثر انگشت کلید امضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="142"/>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="205"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="145"/>
        <source>What the bundle will include</source>
        <translation>آنچه در بسته خواهد بود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="244"/>
        <source>Writing… %v/%m sweeps</source>
        <translation>در حال نوشتن… %v/%m دور سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="149"/>
        <source>&amp;Export</source>
        <translation>&amp;خروجی گرفتن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="155"/>
        <source>Incident:</source>
        <translation>رخداد:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="157"/>
        <source>&amp;From:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="158"/>
        <source>&amp;To:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="159"/>
        <source>&amp;Platforms:</source>
        <translation>&amp;پلتفرم‌ها:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="162"/>
        <source>&amp;Save as:</source>
        <translation>&amp;ذخیره با نام:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="163"/>
        <source>Signed with:</source>
        <translation>امضا با:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="177"/>
        <source>A signing key will be made for this first export; its fingerprint (SHA256:…) is what recipients check.</source>
        <translation>برای این نخستین خروجی یک کلید امضا ساخته می‌شود؛ گیرندگان اثر انگشت آن (SHA256:…) را بررسی می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="179"/>
        <source>{0}. Give this fingerprint to recipients beforehand, so they can tell a bundle is yours.</source>
        <translation>{0}. این اثر انگشت را از پیش به گیرندگان بدهید تا بتوانند تشخیص دهند که بسته از شماست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="211"/>
        <source>all platforms</source>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="212"/>
        <source>included</source>
        <translation>گنجانده شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="212"/>
        <source>withheld</source>
        <translation>پنهان شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="216"/>
        <source>&lt;b&gt;This bundle will include&lt;/b&gt; {0} measurements from {1} sweeps, {2} to {3}, of {4}.</source>
        <translation>&lt;b&gt;این بسته در بر خواهد داشت:&lt;/b&gt; {0} سنجش از {1} دور سنجش، از {2} تا {3}، برای {4}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="218"/>
        <source>Identifying fields:</source>
        <translation>اطلاعات شناسایی‌کننده:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="221"/>
        <source>Nothing was measured in this range: choose another.</source>
        <translation>در این بازه هیچ سنجشی انجام نشده است: بازهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="224"/>
        <source>Save the evidence bundle</source>
        <translation>ذخیرهٔ بستهٔ شواهد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="225"/>
        <source>Zip files (*.zip)</source>
        <translation>فایل‌های زیپ (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="235"/>
        <source>Signing key</source>
        <translation>کلید امضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="235"/>
        <source>Passphrase of your signing key:</source>
        <translation>عبارت عبور کلید امضای شما:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="252"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="259"/>
        <source>Finishing: report, checksums and signature…</source>
        <translation>در حال پایان کار: گزارش، درهم‌سازی پرونده‌ها و امضا…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="269"/>
        <source>&lt;b&gt;Written&lt;/b&gt; {0}: {1} measurements, signed{2}.</source>
        <translation>&lt;b&gt;نوشته شد&lt;/b&gt; {0}: {1} سنجش، امضاشده{2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="271"/>
        <source> and timestamped</source>
        <translation> و دارای مهر زمانی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="272"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="274"/>
        <source>Show in &amp;folder</source>
        <translation>نمایش در &amp;پوشه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="289"/>
        <source>Cancelled: nothing was written.</source>
        <translation>لغو شد: چیزی نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="13"/>
        <source>Welcome to Vantage</source>
        <translation>به Vantage خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="16"/>
        <source>&lt;b&gt;What it does.&lt;/b&gt; Vantage measures, from this computer, whether platforms such as X, YouTube, WhatsApp and Facebook work, and when they do not, how they are blocked: by DNS, by IP, by resets, by filtering their names, with a blockpage, by throttling, or by a full shutdown.</source>
        <translation>&lt;b&gt;چه می‌کند.&lt;/b&gt; Vantage از همین رایانه می‌سنجد که آیا پلتفرم‌هایی مانند X، YouTube، WhatsApp و Facebook کار می‌کنند یا نه، و اگر کار نکنند، چگونه مسدود شده‌اند: از راه DNS، از راه IP، با قطع اتصال، با فیلتر کردن نامشان، با صفحهٔ فیلتر، با کندسازی، یا با قطع کامل اینترنت.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="20"/>
        <source>&lt;b&gt;What it stores.&lt;/b&gt; Every measurement stays on this computer, in a history that only you can read ({0}). Nothing leaves it unless you export evidence yourself.</source>
        <translation>&lt;b&gt;چه نگه می‌دارد.&lt;/b&gt; همهٔ سنجش‌ها روی همین رایانه می‌مانند، در تاریخچه‌ای که فقط شما می‌توانید بخوانید ({0}). هیچ چیز از این رایانه بیرون نمی‌رود، مگر آنکه خودتان از شواهد خروجی بگیرید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="23"/>
        <source>&lt;b&gt;What it sends.&lt;/b&gt; Nothing, anywhere, except the probes themselves: DNS lookups, connections to the platforms it measures, and the operating systems&apos; connectivity checks. It can also ask a public service for your public IP address and network, to record which network you measured from:</source>
        <translation>&lt;b&gt;چه می‌فرستد.&lt;/b&gt; هیچ چیز و به هیچ جا، جز خود آزمون‌ها: پرس‌وجوهای DNS، اتصال به پلتفرم‌هایی که می‌سنجد، و بررسی اتصال سیستم‌عامل‌ها. همچنین می‌تواند نشانی IP عمومی و شبکهٔ شما را از یک سرویس عمومی بپرسد تا ثبت شود از کدام شبکه سنجیده‌اید:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="29"/>
        <source>&amp;Look up my public IP address and network</source>
        <translation>نشانی IP عمومی و شبکهٔ من را &amp;پیدا کن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="32"/>
        <source>&amp;Start measuring</source>
        <translation>&amp;شروع سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run.py" line="34"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="55"/>
        <source>Reachability and latency over the chosen range</source>
        <translation>دسترس‌پذیری و تأخیر در بازهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="60"/>
        <source>latency (ms)</source>
        <translation>تأخیر (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="95"/>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="121"/>
        <source>Measured from: </source>
        <translation>سنجیده‌شده از: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/history_chart.py" line="168"/>
        <source>{0} sweeps</source>
        <translation>{0} دور سنجش</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="37"/>
        <source>Last hour</source>
        <translation>یک ساعت گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="38"/>
        <source>Last day</source>
        <translation>یک روز گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="39"/>
        <source>Last week</source>
        <translation>یک هفتهٔ گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="40"/>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="41"/>
        <source>Last year</source>
        <translation>یک سال گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="42"/>
        <source>Custom…</source>
        <translation>دلخواه…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="116"/>
        <source>Vantage — History</source>
        <translation>Vantage — تاریخچه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="118"/>
        <source>Whole connection</source>
        <translation>کل اتصال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="147"/>
        <source>Range</source>
        <translation>بازه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="152"/>
        <location filename="../../desktop_app/gui/history/view.py" line="171"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="152"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="161"/>
        <location filename="../../desktop_app/gui/history/view.py" line="185"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="162"/>
        <source>All platforms</source>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="165"/>
        <source>Show one-off &amp;inconclusive results</source>
        <translation>نمایش نتایج نامشخصِ &amp;تک‌موردی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="167"/>
        <source>&amp;Range:</source>
        <translation>&amp;بازه:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="167"/>
        <source>P&amp;latform:</source>
        <translation>&amp;پلتفرم:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="171"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="176"/>
        <source>&amp;Export evidence…</source>
        <translation>خروجی گرفتن از &amp;شواهد…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="177"/>
        <source>A signed bundle of the incident chosen below, or else of the range and platform shown</source>
        <translation>بستهٔ امضاشده از رخداد انتخاب‌شده در پایین، وگرنه از بازه و پلتفرم نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="185"/>
        <source>Reachable</source>
        <translation>در دسترس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="185"/>
        <source>Sweeps</source>
        <translation>دورهای سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="186"/>
        <source>Most common problem</source>
        <translation>رایج‌ترین مشکل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="187"/>
        <source>Share of time each platform was reachable</source>
        <translation>سهم زمانی که هر پلتفرم در دسترس بود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="191"/>
        <source>Incidents</source>
        <translation>رخدادها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="201"/>
        <source>Incident details</source>
        <translation>جزئیات رخداد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="204"/>
        <source>Choose an incident to zoom to it and see its evidence.</source>
        <translation>یک رخداد را انتخاب کنید تا روی آن بزرگ‌نمایی شود و شواهدش را ببینید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="205"/>
        <source>&amp;First measurement…</source>
        <translation>&amp;نخستین سنجش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="206"/>
        <source>La&amp;st measurement…</source>
        <translation>&amp;آخرین سنجش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="207"/>
        <source>&amp;Compare with other measurements</source>
        <translation>&amp;مقایسه با سنجش‌های دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="208"/>
        <source>Opens OONI Explorer&apos;s search for the same country, network and days in your browser. Vantage itself sends nothing.</source>
        <translation>جست‌وجوی OONI Explorer را برای همین کشور، شبکه و روزها در مرورگر شما باز می‌کند. خود Vantage چیزی نمی‌فرستد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="226"/>
        <source>&amp;Incidents</source>
        <translation>&amp;رخدادها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="227"/>
        <source>Reachable &amp;share</source>
        <translation>&amp;سهم دسترس‌پذیری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="272"/>
        <source>The end of the range must be after its start.</source>
        <translation>پایان بازه باید پس از آغاز آن باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="276"/>
        <location filename="../../desktop_app/gui/history/view.py" line="315"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="317"/>
        <source>{0} sweeps · finding incidents…</source>
        <translation>{0} دور سنجش · در حال یافتن رخدادها…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="319"/>
        <source>{0} sweeps · {1} incidents</source>
        <translation>{0} دور سنجش · {1} رخداد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="384"/>
        <source>ongoing</source>
        <translation>ادامه‌دار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="387"/>
        <source>{0} failing sweeps ({1} endpoint measurements)</source>
        <translation>{0} دور سنجش ناموفق ({1} سنجش نشانی)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="390"/>
        <source>{0} sweeps in between found it reachable</source>
        <translation>در این میان {0} دور سنجش آن را در دسترس یافت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="393"/>
        <source>Measuring stopped before it was seen reachable again.</source>
        <translation>سنجش پیش از آنکه دوباره در دسترس دیده شود متوقف شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="396"/>
        <source>Also seen: </source>
        <translation>همچنین دیده شد: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="398"/>
        <source>Network: </source>
        <translation>شبکه: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="400"/>
        <source>First measurement</source>
        <translation>نخستین سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="401"/>
        <source>Last measurement</source>
        <translation>آخرین سنجش</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="58"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="58"/>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="59"/>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="59"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="60"/>
        <source>Technique</source>
        <translation>روش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="60"/>
        <source>Measurements</source>
        <translation>سنجش‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="61"/>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history/view.py" line="97"/>
        <source>ongoing</source>
        <translation>ادامه‌دار</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="36"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="36"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="37"/>
        <source>Up</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="37"/>
        <source>Down</source>
        <translation>پایین</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="109"/>
        <source>Controls</source>
        <translation>کنترل‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="113"/>
        <source>&amp;Probe now</source>
        <translation>&amp;سنجش همین حالا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="115"/>
        <location filename="../../desktop_app/gui/main_window.py" line="347"/>
        <source>P&amp;ause</source>
        <translation>&amp;مکث</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="118"/>
        <source>&amp;History…</source>
        <translation>&amp;تاریخچه…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="120"/>
        <source>Look back: incidents, reachability and latency over any range</source>
        <translation>نگاه به گذشته: رخدادها، دسترس‌پذیری و تأخیر در هر بازهٔ زمانی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="121"/>
        <source>&amp;Export evidence…</source>
        <translation>خروجی گرفتن از &amp;شواهد…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="123"/>
        <source>Write a signed evidence bundle (default: the last 24 hours)</source>
        <translation>نوشتن یک بستهٔ شواهد امضاشده (پیش‌فرض: ۲۴ ساعت گذشته)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="124"/>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;راستی‌آزمایی یک بسته…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="125"/>
        <source>P&amp;latforms…</source>
        <translation>&amp;پلتفرم‌ها…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="126"/>
        <source>&amp;Settings…</source>
        <translation>ت&amp;نظیمات…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="133"/>
        <source>&amp;Every:</source>
        <translation>&amp;هر:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="135"/>
        <source>Probe interval</source>
        <translation>فاصلهٔ سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="138"/>
        <source>1 hour</source>
        <translation>۱ ساعت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="138"/>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="143"/>
        <source>The demo sweeps its lab every few seconds.</source>
        <translation>نسخهٔ نمایشی هر چند ثانیه یک بار آزمایشگاه خود را می‌سنجد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="179"/>
        <source>Starting…</source>
        <translation>در حال شروع…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="182"/>
        <source>Probing… %v/%m</source>
        <translation>در حال سنجش… %v/%m</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="216"/>
        <source>{0} s</source>
        <translation>{0} ثانیه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="228"/>
        <source>Open Vantage</source>
        <translation>باز کردن Vantage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="314"/>
        <source> (demo)</source>
        <translation> (نمایشی)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="318"/>
        <source> — offline</source>
        <translation> — آفلاین</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="320"/>
        <source> — captive portal</source>
        <translation> — صفحهٔ ورود شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="325"/>
        <source> — {0} blocked</source>
        <translation> — {0} مسدود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="327"/>
        <source> — all platforms reachable</source>
        <translation> — همهٔ پلتفرم‌ها در دسترس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="334"/>
        <source>Last sweep {0}</source>
        <translation>آخرین دور سنجش {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="337"/>
        <source>Data: last sweep {0}, today {1}</source>
        <translation>داده: آخرین دور {0}، امروز {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="347"/>
        <source>Res&amp;ume</source>
        <translation>&amp;ادامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="415"/>
        <source>Start at login could not be changed: {0}</source>
        <translation>اجرای خودکار هنگام ورود تغییر داده نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="425"/>
        <source>Vantage keeps measuring in the background. Quit it from this icon&apos;s menu.</source>
        <translation>Vantage در پس‌زمینه به سنجش ادامه می‌دهد. برای بستن آن از منوی همین نماد استفاده کنید.</translation>
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
        <location filename="../../desktop_app/gui/notifier.py" line="32"/>
        <source>{0} changed from “{1}” to “{2}”.</source>
        <translation>وضعیت {0} از «{1}» به «{2}» تغییر کرد.</translation>
    </message>
</context>
<context>
    <name>PlatformTile</name>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="34"/>
        <source>Not measured yet</source>
        <translation>هنوز سنجیده نشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="59"/>
        <source>since {0}</source>
        <translation>از {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="61"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tiles.py" line="63"/>
        <source>{0} of {1} endpoints affected</source>
        <translation>{0} از {1} نشانی دچار مشکل</translation>
    </message>
</context>
<context>
    <name>ReachabilityChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="61"/>
        <source>Reachability over time</source>
        <translation>دسترس‌پذیری در طول زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="73"/>
        <source>latency (ms)</source>
        <translation>تأخیر (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="130"/>
        <source>Reachability per platform · latency of &lt;b&gt;{0}&lt;/b&gt; (click a band to choose)</source>
        <translation>دسترس‌پذیری هر پلتفرم · تأخیر &lt;b&gt;{0}&lt;/b&gt; (برای انتخاب، روی یک نوار کلیک کنید)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/live_chart.py" line="222"/>
        <source>Click for the evidence</source>
        <translation>برای دیدن شواهد کلیک کنید</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="91"/>
        <source>Vantage settings</source>
        <translation>تنظیمات Vantage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="111"/>
        <source>Data used: last sweep {0} · today {1} (estimated)</source>
        <translation>دادهٔ مصرف‌شده: آخرین دور {0} · امروز {1} (تخمینی)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="114"/>
        <source>Extra targets</source>
        <translation>مقصدهای بیشتر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="147"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="149"/>
        <location filename="../../desktop_app/app/settings.py" line="112"/>
        <source>Probe every</source>
        <translation>فاصلهٔ سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="171"/>
        <source>The standard folder for your system</source>
        <translation>پوشهٔ استاندارد سیستم شما</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="172"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="203"/>
        <source>Where Vantage keeps its data</source>
        <translation>جایی که Vantage داده‌هایش را نگه می‌دارد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="213"/>
        <source>Your own targets</source>
        <translation>مقصدهای خودتان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="214"/>
        <source>&amp;Add URL…</source>
        <translation>&amp;افزودن نشانی وب…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="215"/>
        <source>&amp;Import Citizen Lab list…</source>
        <translation>&amp;وارد کردن فهرست Citizen Lab…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="216"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="227"/>
        <source>Probed with every sweep, besides the platforms. Changes apply at the next sweep.</source>
        <translation>در هر دور سنجش، علاوه بر پلتفرم‌ها، این مقصدها هم سنجیده می‌شوند. تغییرات از دور بعدی اعمال می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="243"/>
        <source>Your targets file could not be read: {0}</source>
        <translation>فایل مقصدهای شما خوانده نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="245"/>
        <source>Test list: {0}</source>
        <translation>فهرست آزمون: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="254"/>
        <source>Add a target</source>
        <translation>افزودن مقصد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="254"/>
        <source>URL (https://, http://, tcp://host:port or tls://host:port):</source>
        <translation>نشانی وب (https://، http://، tcp://host:port یا tls://host:port):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="263"/>
        <source>Not added: {0} {1}.</source>
        <translation>افزوده نشد: {0} {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="265"/>
        <source>Added {0}.</source>
        <translation>{0} افزوده شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="270"/>
        <source>Import a Citizen Lab test list</source>
        <translation>وارد کردن فهرست آزمون Citizen Lab</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="271"/>
        <source>Test lists (*.csv)</source>
        <translation>فهرست‌های آزمون (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="279"/>
        <source>Not imported: {0}</source>
        <translation>وارد نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="281"/>
        <source>Imported {0}.</source>
        <translation>{0} وارد شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="286"/>
        <source>Remove target</source>
        <translation>حذف مقصد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="294"/>
        <source>Stop probing {0}? Its past measurements stay in the history.</source>
        <translation>سنجش {0} متوقف شود؟ سنجش‌های پیشین آن در تاریخچه می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="301"/>
        <source>Removed {0}.</source>
        <translation>{0} حذف شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="326"/>
        <source>Not saved: {0}</source>
        <translation>ذخیره نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="81"/>
        <source>Probing</source>
        <translation>سنجش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="82"/>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="83"/>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="84"/>
        <source>Frugality</source>
        <translation>صرفه‌جویی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="85"/>
        <source>App</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="86"/>
        <source>Evidence</source>
        <translation>شواهد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="89"/>
        <source>System language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="113"/>
        <source>From 1 minute to 1 hour.</source>
        <translation>از یک دقیقه تا یک ساعت.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="115"/>
        <source>Platforms to probe</source>
        <translation>پلتفرم‌هایی که سنجیده شوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="116"/>
        <source>The connectivity checks always run.</source>
        <translation>بررسی‌های اتصال همیشه انجام می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="118"/>
        <source>Timeout per network operation (seconds)</source>
        <translation>مهلت هر عملیات شبکه (ثانیه)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="119"/>
        <source>A sweep always ends within five times this.</source>
        <translation>هر دور سنجش همیشه در کمتر از پنج برابر این زمان تمام می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="121"/>
        <source>Independent DNS resolvers (DNS-over-HTTPS)</source>
        <translation>سرورهای DNS مستقل (DNS-over-HTTPS)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="122"/>
        <source>Compared with your own resolver to recognise DNS blocking.</source>
        <translation>برای تشخیص مسدودسازی DNS با سرور DNS خود شما مقایسه می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="125"/>
        <source>Look up my public IP address and network</source>
        <translation>نشانی IP عمومی و شبکهٔ من را پیدا کن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="126"/>
        <source>Records your network (ISP, country) with each sweep. The address itself is kept as a salted commitment.</source>
        <translation>شبکهٔ شما (ارائه‌دهندهٔ اینترنت، کشور) با هر دور سنجش ثبت می‌شود. خود نشانی فقط به صورت نشانه‌ای رمزی نگه داشته می‌شود که چیزی را آشکار نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="129"/>
        <source>Public IP lookup service</source>
        <translation>سرویس یافتن IP عمومی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="131"/>
        <source>Where data lives</source>
        <translation>محل نگهداری داده‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="132"/>
        <source>Empty: the standard folder for your system.</source>
        <translation>خالی: پوشهٔ استاندارد سیستم شما.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="135"/>
        <source>Pause while on battery</source>
        <translation>هنگام کار با باتری متوقف شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="137"/>
        <source>Pause on a metered connection</source>
        <translation>روی اتصال حجمی متوقف شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="139"/>
        <source>Daily data cap (MB)</source>
        <translation>سقف مصرف روزانهٔ داده (MB)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="140"/>
        <source>0 means no cap.</source>
        <translation>۰ یعنی بدون سقف.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="142"/>
        <source>Notify me when a platform&apos;s state changes</source>
        <translation>وقتی وضعیت یک پلتفرم تغییر کرد به من خبر بده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="144"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="145"/>
        <source>The app follows your system&apos;s language unless you choose one. Takes effect when Vantage starts again.</source>
        <translation>تا وقتی زبانی انتخاب نکنید، برنامه از زبان سیستم شما پیروی می‌کند. تغییر پس از اجرای دوبارهٔ برنامه اعمال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="149"/>
        <source>Start Vantage when I log in</source>
        <translation>با ورود من به سیستم، Vantage اجرا شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="150"/>
        <source>It then measures in the background from the moment you log in.</source>
        <translation>در این صورت از لحظهٔ ورود شما در پس‌زمینه سنجش می‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="153"/>
        <source>Timestamp authority (RFC 3161)</source>
        <translation>مرجع مهر زمانی (RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="154"/>
        <source>Empty: bundles are signed but not timestamped. A timestamp proves when a bundle existed; asking for one tells the authority that you exported something at that moment (nothing of its content).</source>
        <translation>خالی: بسته‌ها امضا می‌شوند اما مهر زمانی نمی‌خورند. مهر زمانی ثابت می‌کند بسته از چه زمانی وجود داشته است؛ درخواست آن فقط به مرجع می‌گوید که شما در آن لحظه چیزی صادر کرده‌اید (نه محتوای آن را).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app/settings.py" line="159"/>
        <source>Timestamp bundles when an authority is set</source>
        <translation>اگر مرجعی تعیین شده، به بسته‌ها مهر زمانی بزن</translation>
    </message>
</context>
<context>
    <name>StateBanner</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="63"/>
        <source>Show evidence…</source>
        <translation>نمایش شواهد…</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="29"/>
        <source>Works</source>
        <translation>کار می‌کند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="30"/>
        <source>Blocked (DNS)</source>
        <translation>مسدود (DNS)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="31"/>
        <source>Blocked (forged DNS)</source>
        <translation>مسدود (DNS جعلی)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="32"/>
        <source>Blocked (IP)</source>
        <translation>مسدود (IP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="33"/>
        <source>Blocked (connection reset)</source>
        <translation>مسدود (قطع اتصال)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="34"/>
        <source>Blocked (SNI filtering)</source>
        <translation>مسدود (فیلترینگ SNI)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="35"/>
        <source>Intercepted (certificate)</source>
        <translation>رهگیری (گواهی)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="36"/>
        <source>Blocked (blockpage)</source>
        <translation>مسدود (صفحهٔ فیلتر)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="37"/>
        <source>Throttled</source>
        <translation>کند شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="38"/>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="39"/>
        <source>Captive portal</source>
        <translation>صفحهٔ ورود شبکه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="40"/>
        <source>Platform down</source>
        <translation>اختلال در پلتفرم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/style.py" line="41"/>
        <source>Unclear</source>
        <translation>نامشخص</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="51"/>
        <source>Verify an evidence bundle</source>
        <translation>راستی‌آزمایی بستهٔ شواهد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="65"/>
        <source>Bundle file</source>
        <translation>فایل بسته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="66"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="72"/>
        <source>SHA256:… (optional: the fingerprint the sender gave you)</source>
        <translation>SHA256:… (اختیاری: اثر انگشتی که فرستنده به شما داده است)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="73"/>
        <source>Expected signing key</source>
        <translation>کلید امضای مورد انتظار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="75"/>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="75"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="77"/>
        <source>Checks</source>
        <translation>بررسی‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="82"/>
        <source>&amp;Verify</source>
        <translation>&amp;راستی‌آزمایی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="87"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;بسته:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="88"/>
        <source>&amp;Expected key:</source>
        <translation>&amp;کلید مورد انتظار:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="97"/>
        <source>Choose an evidence bundle</source>
        <translation>یک بستهٔ شواهد انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="98"/>
        <source>Zip files (*.zip)</source>
        <translation>فایل‌های زیپ (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="106"/>
        <source>Choose a bundle file first.</source>
        <translation>نخست یک فایل بسته انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="110"/>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="129"/>
        <source>&lt;b&gt;{0} The bundle is intact&lt;/b&gt; and was signed by {1}.</source>
        <translation>&lt;b&gt;{0} بسته دست‌نخورده است&lt;/b&gt; و با {1} امضا شده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/verify_dialog.py" line="132"/>
        <source>&lt;b&gt;{0} The bundle failed verification:&lt;/b&gt; do not rely on it.</source>
        <translation>&lt;b&gt;{0} راستی‌آزمایی بسته ناموفق بود:&lt;/b&gt; به آن اعتماد نکنید.</translation>
    </message>
</context>
</TS>
