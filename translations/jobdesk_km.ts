<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>បង្ហាញព័ត៌មានលម្អិត...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>លាក់ព័ត៌មានលម្អិត...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>បាទ/ចាស ទាំងអស់ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ទេ ទាំងអស់ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>មិនអើពើ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ស្ដារលំនាំដើម</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ចម្លងអាសយដ្ឋានតំណ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::ApiClient</name>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>មិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេបានទេ (%1)។</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1។ %2</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>ម៉ាស៊ីនមេបានឆ្លើយតប %1។</translation>
    </message>
    <message>
        <source>This server needs Jobdesk %1 or newer; you have %2. Install the update from %3.</source>
        <translation>ម៉ាស៊ីនមេនេះត្រូវការ Jobdesk %1 ឬថ្មីជាងនេះ ប៉ុន្តែអ្នកមាន %2។ សូមដំឡើងកំណែថ្មីពី %3។</translation>
    </message>
    <message>
        <source>This server needs Jobdesk %1 or newer; you have %2. Ask your operations team for the update.</source>
        <translation>ម៉ាស៊ីនមេនេះត្រូវការ Jobdesk %1 ឬថ្មីជាងនេះ ប៉ុន្តែអ្នកមាន %2។ សូមស្នើកំណែថ្មីពីក្រុមប្រតិបត្តិការរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>សូមចូលម្តងទៀត</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::CertificateTrust</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>មិនអាចអាន %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 មិនមានវិញ្ញាបនបត្រទេ (PEM ឬ DER)។</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If your organisation runs its own certificate authority, choose its CA file in Advanced.</source>
        <translation>វិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេមិនត្រូវបានទុកចិត្តទេ (%1)។ ប្រសិនបើស្ថាប័នរបស់អ្នកមានអាជ្ញាធរវិញ្ញាបនបត្រផ្ទាល់ខ្លួន សូមជ្រើសឯកសារ CA របស់វានៅក្នុង “កម្រិតខ្ពស់”។</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::DBusIdleSource</name>
    <message>
        <source>D-Bus screen saver (session idle time)</source>
        <translation>ធាតុរក្សាអេក្រង់ D-Bus (ពេលទំនេររបស់វគ្គ)</translation>
    </message>
    <message>
        <source>D-Bus screen saver (active time)</source>
        <translation>ធាតុរក្សាអេក្រង់ D-Bus (ពេលសកម្ម)</translation>
    </message>
    <message>
        <source>No D-Bus session bus.</source>
        <translation>គ្មាន session bus របស់ D-Bus ទេ។</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::DeliverableSubmitter</name>
    <message>
        <source>A submission is already being sent.</source>
        <translation>ការដាក់ស្នើមួយកំពុងត្រូវបានផ្ញើរួចហើយ។</translation>
    </message>
    <message>
        <source>Add at least one file to submit.</source>
        <translation>សូមបន្ថែមឯកសារយ៉ាងហោចណាស់មួយ ដើម្បីដាក់ស្នើ។</translation>
    </message>
    <message>
        <source>Every file must finish uploading before submitting.</source>
        <translation>ឯកសារទាំងអស់ត្រូវតែផ្ទុកឡើងរួចរាល់ មុននឹងដាក់ស្នើ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::FileDownload</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>មិនអាចសរសេរ %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>The download stopped: %1</source>
        <translation>ការទាញយកបានឈប់៖ %1</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>សូមចូលម្តងទៀត។</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>ម៉ាស៊ីនមេបានឆ្លើយតប %1។</translation>
    </message>
    <message>
        <source>The download ended early (%1 of %2 bytes).</source>
        <translation>ការទាញយកបានបញ្ចប់មុនពេល (%1 ក្នុងចំណោម %2 បៃ)។</translation>
    </message>
    <message>
        <source>The file arrived damaged (its SHA-256 does not match). Try again.</source>
        <translation>ឯកសារមកដល់ទាំងខូច (SHA-256 មិនត្រូវគ្នា)។ សូមព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>nothing was received</source>
        <translation>មិនបានទទួលអ្វីទាំងអស់</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>មិនអាចរក្សាទុក %1 បានទេ៖ %2</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::FileHasher</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ឯកសារ %1 មិនមានទេ។</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>មិនអាចអាន %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being checked; add it again once it is saved.</source>
        <translation>%1 បានផ្លាស់ប្តូរ ខណៈពេលកំពុងពិនិត្យ។ សូមបន្ថែមវាម្តងទៀត នៅពេលវាត្រូវបានរក្សាទុករួច។</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::IdleMonitor</name>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>No way to read the idle time on this desktop.</source>
        <translation>មិនអាចអានពេលទំនេរនៅលើផ្ទៃតុនេះបានទេ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::LocalStore</name>
    <message>
        <source>The entry has no id.</source>
        <translation>កំណត់ត្រានេះគ្មានលេខសម្គាល់ទេ។</translation>
    </message>
    <message>
        <source>The entry has no job.</source>
        <translation>កំណត់ត្រានេះគ្មានការងារទេ។</translation>
    </message>
    <message>
        <source>The entry must end after it starts.</source>
        <translation>កំណត់ត្រាត្រូវតែបញ្ចប់ក្រោយពេលចាប់ផ្តើម។</translation>
    </message>
    <message>
        <source>An entry may span at most 24 hours.</source>
        <translation>កំណត់ត្រាមួយអាចមានរយៈពេលច្រើនបំផុត 24 ម៉ោង។</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n characters.</source>
        <translation>
            <numerusform>កំណត់ចំណាំវែងជាង %n តួអក្សរ។</numerusform>
            <numerusform>កំណត់ចំណាំវែងជាង %n តួអក្សរ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the local store %1: %2</source>
        <translation>មិនអាចបើកឃ្លាំងទិន្នន័យក្នុងម៉ាស៊ីន %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>The local store cannot use write-ahead logging.</source>
        <translation>ឃ្លាំងទិន្នន័យក្នុងម៉ាស៊ីនមិនអាចប្រើ write-ahead logging បានទេ។</translation>
    </message>
    <message>
        <source>The local store was written by a newer version of Jobdesk (schema %1, this version knows %2).</source>
        <translation>ឃ្លាំងទិន្នន័យក្នុងម៉ាស៊ីនត្រូវបានសរសេរដោយ Jobdesk កំណែថ្មីជាង (គ្រោង %1 កំណែនេះស្គាល់ត្រឹម %2)។</translation>
    </message>
    <message>
        <source>Cannot save the time entry: %1</source>
        <translation>មិនអាចរក្សាទុកកំណត់ត្រាម៉ោងបានទេ៖ %1</translation>
    </message>
    <message>
        <source>There is no such time entry.</source>
        <translation>គ្មានកំណត់ត្រាម៉ោងនេះទេ។</translation>
    </message>
    <message>
        <source>There is no such entry awaiting confirmation.</source>
        <translation>គ្មានកំណត់ត្រាដែលរង់ចាំការបញ្ជាក់នេះទេ។</translation>
    </message>
    <message>
        <source>Cannot read time entries: %1</source>
        <translation>មិនអាចអានកំណត់ត្រាម៉ោងបានទេ៖ %1</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>ឃ្លាំងទិន្នន័យក្នុងម៉ាស៊ីនមានបញ្ហា៖ %1</translation>
    </message>
    <message>
        <source>This entry has no server copy to compare with.</source>
        <translation>កំណត់ត្រានេះគ្មានច្បាប់ចម្លងនៅម៉ាស៊ីនមេសម្រាប់ប្រៀបធៀបទេ។</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>គ្មាននាឡិកាកំណត់ម៉ោងកំពុងដំណើរការទេ។</translation>
    </message>
    <message>
        <source>A job without an id cannot be cached.</source>
        <translation>ការងារដែលគ្មានលេខសម្គាល់ មិនអាចរក្សាទុកក្នុងឃ្លាំងបណ្ដោះអាសន្នបានទេ។</translation>
    </message>
    <message>
        <source>The upload needs an id, a job and a file.</source>
        <translation>ការផ្ទុកឡើងត្រូវការលេខសម្គាល់ ការងារ និងឯកសារ។</translation>
    </message>
    <message>
        <source>There is no such upload.</source>
        <translation>គ្មានការផ្ទុកឡើងនេះទេ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::ServerProbe</name>
    <message>
        <source>Enter an address such as https://jobs.example.com</source>
        <translation>បញ្ចូលអាសយដ្ឋានដូចជា https://jobs.example.com</translation>
    </message>
    <message>
        <source>That address answered, but it is not a Jobdesk server.</source>
        <translation>អាសយដ្ឋាននោះបានឆ្លើយតប ប៉ុន្តែវាមិនមែនជាម៉ាស៊ីនមេ Jobdesk ទេ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::Session</name>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>ការចូលបរាជ័យច្រើនដងពេក។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេល %n វិនាទី។</numerusform>
            <numerusform>ការចូលបរាជ័យច្រើនដងពេក។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេល %n វិនាទី។</numerusform>
        </translation>
    </message>
    <message>
        <source>Your registration is waiting for an administrator&apos;s approval.</source>
        <translation>ការចុះឈ្មោះរបស់អ្នកកំពុងរង់ចាំការអនុម័តពីអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>Please sign in.</source>
        <translation>សូមចូល។</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>មិនអាចអានឃ្លាំងពាក្យសម្ងាត់បានទេ៖ %1</translation>
    </message>
    <message>
        <source>The keychain is not available (%1): you will have to sign in again next time.</source>
        <translation>ឃ្លាំងពាក្យសម្ងាត់មិនអាចប្រើបានទេ (%1)៖ អ្នកនឹងត្រូវចូលម្តងទៀតនៅពេលក្រោយ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::SyncEngine</name>
    <message>
        <source>The server&apos;s answer to the time sync was not understood.</source>
        <translation>មិនយល់ចម្លើយរបស់ម៉ាស៊ីនមេចំពោះការធ្វើសមកាលកម្មម៉ោងទេ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::TimeTracker</name>
    <message>
        <source>Choose a job to track time on.</source>
        <translation>សូមជ្រើសការងារដើម្បីកត់ម៉ោង។</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>គ្មាននាឡិកាកំណត់ម៉ោងកំពុងដំណើរការទេ។</translation>
    </message>
    <message>
        <source>This time away has already been answered.</source>
        <translation>ពេលចាកចេញនេះត្រូវបានឆ្លើយរួចហើយ។</translation>
    </message>
    <message>
        <source>Choose a job for this time.</source>
        <translation>សូមជ្រើសការងារសម្រាប់ពេលវេលានេះ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::UploadQueue</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>មិនអាចអាន %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>The server&apos;s check of %1 failed: what arrived does not match the file as it was when it was added. Did the file change? Retry to upload it again.</source>
        <translation>ម៉ាស៊ីនមេពិនិត្យ %1 មិនជាប់៖ អ្វីដែលមកដល់មិនត្រូវនឹងឯកសារ ដូចពេលដែលវាត្រូវបានបន្ថែម។ តើឯកសារបានផ្លាស់ប្តូរឬ? សូមព្យាយាមម្តងទៀត ដើម្បីផ្ទុកវាឡើងម្តងទៀត។</translation>
    </message>
    <message>
        <source>A part of %1 arrived damaged twice. Retry to upload it again.</source>
        <translation>ផ្នែកមួយនៃ %1 មកដល់ទាំងខូចពីរដង។ សូមព្យាយាមម្តងទៀត ដើម្បីផ្ទុកវាឡើងម្តងទៀត។</translation>
    </message>
    <message>
        <source>The server no longer accepts this upload of %1 (%2). Retry to upload it again.</source>
        <translation>ម៉ាស៊ីនមេលែងទទួលការផ្ទុកឡើង %1 នេះទៀតហើយ (%2)។ សូមព្យាយាមម្តងទៀត ដើម្បីផ្ទុកវាឡើងម្តងទៀត។</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 មិនមែនជាឯកសារដែលអាចអានបានទេ។</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ទទេ។</translation>
    </message>
    <message>
        <source>%1 is no longer there. Add it again to upload it.</source>
        <translation>%1 លែងមាននៅទីនោះហើយ។ សូមបន្ថែមវាម្តងទៀត ដើម្បីផ្ទុកឡើង។</translation>
    </message>
    <message>
        <source>%1 changed after it was added, so it was not uploaded as a mix of two versions. Retry to upload the file as it is now.</source>
        <translation>%1 បានផ្លាស់ប្តូរក្រោយពេលបន្ថែម ដូច្នេះវាមិនត្រូវបានផ្ទុកឡើងជាល្បាយនៃកំណែពីរទេ។ សូមព្យាយាមម្តងទៀត ដើម្បីផ្ទុកឯកសារដូចដែលវាមានឥឡូវ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::X11IdleSource</name>
    <message>
        <source>X11 screen saver extension</source>
        <translation>ផ្នែកបន្ថែមរក្សាអេក្រង់ X11</translation>
    </message>
    <message>
        <source>No X11 display with the screen saver extension.</source>
        <translation>គ្មានអេក្រង់ X11 ដែលមានផ្នែកបន្ថែមរក្សាអេក្រង់ទេ។</translation>
    </message>
    <message>
        <source>The X server did not answer the idle query.</source>
        <translation>X server មិនបានឆ្លើយសំណួរអំពីពេលទំនេរទេ។</translation>
    </message>
    <message>
        <source>This build has no X11 screen saver support.</source>
        <translation>កំណែនេះមិនគាំទ្រការរក្សាអេក្រង់ X11 ទេ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AdminFormat</name>
    <message>
        <source>%1 h</source>
        <translation>%1 ម៉ោង</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AdminWindow</name>
    <message>
        <source>Jobdesk operations — %1</source>
        <translation>ប្រតិបត្តិការ Jobdesk — %1</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>ចាត់ចែង</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>អ្នកធ្វើការ</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>តារាងម៉ោង</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>វិភាគ</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>ត្រួតពិនិត្យ (%1)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;This page is on its way.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;ទំព័រនេះនឹងមកដល់ឆាប់ៗ។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Jobdesk</source>
        <translation>&amp;Jobdesk</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>ការងារថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>ផ្ទុកឡើងវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ចំណូលចិត្ត (&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ចាកចេញ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>បិទកម្មវិធី (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ទៅ (&amp;G)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>បានចូលជា %1 (%2)</translation>
    </message>
    <message>
        <source>Offline — changes by others are not shown</source>
        <translation>គ្មានអ៊ីនធឺណិត — ការផ្លាស់ប្តូរដោយអ្នកដទៃមិនត្រូវបានបង្ហាញទេ</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ភ្ជាប់ផ្ទាល់</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>កំពុងភ្ជាប់ឡើងវិញ…</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AdvancedDialog</name>
    <message>
        <source>Advanced</source>
        <translation>កម្រិតខ្ពស់</translation>
    </message>
    <message>
        <source>Trust a certificate authority file</source>
        <translation>ទុកចិត្តឯកសារអាជ្ញាធរវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>If your organisation runs its own certificate authority, choose the CA file it gave you (PEM). Jobdesk trusts it in addition to the authorities this computer trusts, and still checks every server&apos;s certificate.</source>
        <translation>ប្រសិនបើស្ថាប័នរបស់អ្នកមានអាជ្ញាធរវិញ្ញាបនបត្រផ្ទាល់ខ្លួន សូមជ្រើសឯកសារ CA ដែលគេបានផ្តល់ឱ្យអ្នក (PEM)។ Jobdesk ទុកចិត្តវាបន្ថែមលើអាជ្ញាធរដែលកុំព្យូទ័រនេះទុកចិត្ត ហើយនៅតែពិនិត្យវិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេនីមួយៗ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AnalyticsCharts</name>
    <message>
        <source>Day</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>បានបង្កើត</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>%1 created, %2 completed</source>
        <translation>បានបង្កើត %1 បានបញ្ចប់ %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>ការងារ %1</translation>
    </message>
    <message>
        <source>To assignment</source>
        <translation>រហូតដល់ចាត់តាំង</translation>
    </message>
    <message>
        <source>To completion</source>
        <translation>រហូតដល់បញ្ចប់</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>មធ្យមភាគ (median)</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>ភាគរយទី 90</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>រង្វាស់</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>ម៉ោងមធ្យម (median)</translation>
    </message>
    <message>
        <source>P90 hours</source>
        <translation>ម៉ោង P90</translation>
    </message>
    <message>
        <source>Over %1 assigned and %2 completed jobs</source>
        <translation>លើការងារដែលបានចាត់តាំង %1 និងបានបញ្ចប់ %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>បានទទួលយក</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>បានបដិសេធ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>នៅបើកចំហ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>ការផ្តល់ជូន</translation>
    </message>
    <message>
        <source>No offers in this period</source>
        <translation>គ្មានការផ្តល់ជូនក្នុងរយៈពេលនេះទេ</translation>
    </message>
    <message>
        <source>%1 of %2 offers accepted</source>
        <translation>ការផ្តល់ជូន %1 ក្នុងចំណោម %2 ត្រូវបានទទួលយក</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>%1 of reviewed jobs needed a revision</source>
        <translation>%1 នៃការងារដែលបានត្រួតពិនិត្យ ត្រូវការកែប្រែ</translation>
    </message>
    <message>
        <source>Nothing reviewed in this period</source>
        <translation>គ្មានអ្វីត្រូវបានត្រួតពិនិត្យក្នុងរយៈពេលនេះទេ</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>អ្នកធ្វើការ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>Available hours</source>
        <translation>ម៉ោងទំនេរ</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>អត្រាប្រើប្រាស់</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>អត្រាប្រើប្រាស់ (%)</translation>
    </message>
    <message>
        <source>Hours tracked against the hours each worker is available</source>
        <translation>ម៉ោងដែលបានកត់ធៀបនឹងម៉ោងដែលអ្នកធ្វើការម្នាក់ៗទំនេរ</translation>
    </message>
    <message>
        <source>Week start</source>
        <translation>ដើមសប្តាហ៍</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>សរុប %1</translation>
    </message>
    <message>
        <source>Approved hours</source>
        <translation>ម៉ោងដែលបានអនុម័ត</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>អត្រា</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>ប្រាក់ចំណូល</translation>
    </message>
    <message>
        <source>Approved first time: %1</source>
        <translation>អនុម័តលើកដំបូង៖ %1</translation>
    </message>
    <message>
        <source>Needed a revision: %1</source>
        <translation>ត្រូវការកែប្រែ៖ %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AnalyticsPage</name>
    <message>
        <source>Refresh</source>
        <translation>ផ្ទុកឡើងវិញ</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>ឆ្នាំនេះ</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>ជ្រើសរយៈពេលខ្លួនឯង</translation>
    </message>
    <message>
        <source>Loading %v of %m</source>
        <translation>កំពុងផ្ទុក %v ក្នុងចំណោម %m</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>ការងារបានបង្កើត</translation>
    </message>
    <message>
        <source>Jobs completed</source>
        <translation>ការងារបានបញ្ចប់</translation>
    </message>
    <message>
        <source>Offers accepted</source>
        <translation>ការផ្តល់ជូនបានទទួលយក</translation>
    </message>
    <message>
        <source>Revision rate</source>
        <translation>អត្រាកែប្រែ</translation>
    </message>
    <message>
        <source>Hours tracked</source>
        <translation>ម៉ោងបានកត់</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>ប្រាក់ចំណូល</translation>
    </message>
    <message>
        <source>Jobs created and completed per day</source>
        <translation>ការងារបានបង្កើត និងបានបញ្ចប់ក្នុងមួយថ្ងៃ</translation>
    </message>
    <message>
        <source>Jobs by state</source>
        <translation>ការងារតាមស្ថានភាព</translation>
    </message>
    <message>
        <source>Time to assignment and to completion</source>
        <translation>រយៈពេលរហូតដល់ចាត់តាំង និងរហូតដល់បញ្ចប់</translation>
    </message>
    <message>
        <source>Offer outcomes</source>
        <translation>លទ្ធផលការផ្តល់ជូន</translation>
    </message>
    <message>
        <source>Worker utilisation</source>
        <translation>អត្រាប្រើប្រាស់អ្នកធ្វើការ</translation>
    </message>
    <message>
        <source>Hours tracked per week</source>
        <translation>ម៉ោងបានកត់ក្នុងមួយសប្តាហ៍</translation>
    </message>
    <message>
        <source>Earnings per worker</source>
        <translation>ប្រាក់ចំណូលតាមអ្នកធ្វើការ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>ចុងរយៈពេលនៅមុនដើមរយៈពេល។</translation>
    </message>
    <message>
        <source>Job figures: %1</source>
        <translation>តួលេខការងារ៖ %1</translation>
    </message>
    <message>
        <source>Time figures: %1</source>
        <translation>តួលេខម៉ោង៖ %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>មិនមាន</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AppFlow</name>
    <message>
        <source>Please sign in again: %1</source>
        <translation>សូមចូលម្តងទៀត៖ %1</translation>
    </message>
    <message>
        <source>Jobdesk</source>
        <translation>Jobdesk</translation>
    </message>
    <message>
        <source>Your local time data could not be opened: %1</source>
        <translation>មិនអាចបើកទិន្នន័យម៉ោងក្នុងម៉ាស៊ីនរបស់អ្នកបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Local data unavailable: %1</source>
        <translation>ទិន្នន័យក្នុងម៉ាស៊ីនមិនអាចប្រើបាន៖ %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AttachmentList</name>
    <message>
        <source>Add files…</source>
        <translation>បន្ថែមឯកសារ…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Attachments are not available here.</source>
        <translation>ឯកសារភ្ជាប់មិនអាចប្រើនៅទីនេះទេ។</translation>
    </message>
    <message>
        <source>Files are uploaded when the job is saved.</source>
        <translation>ឯកសារនឹងត្រូវបានផ្ទុកឡើង នៅពេលការងារត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>កំពុងពិនិត្យ…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/វិនាទី</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>កំពុងរង់ចាំបណ្តាញ…</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>កំពុងភ្ជាប់…</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>បានភ្ជាប់</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ភ្ជាប់ឯកសារ</translation>
    </message>
    <message>
        <source>Uploaded on save</source>
        <translation>ផ្ទុកឡើងពេលរក្សាទុក</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>ក្នុងជួរ</translation>
    </message>
    <message>
        <source>Uploads go on if you close this window.</source>
        <translation>ការផ្ទុកឡើងនៅតែបន្ត ទោះបីអ្នកបិទផ្ទាំងនេះក៏ដោយ។</translation>
    </message>
    <message>
        <source>%p% · %1</source>
        <translation>%p% · %1</translation>
    </message>
    <message>
        <source>%1 attached, %2 failed.</source>
        <translation>បានភ្ជាប់ %1 បរាជ័យ %2។</translation>
    </message>
    <message>
        <source>All files attached.</source>
        <translation>ឯកសារទាំងអស់ត្រូវបានភ្ជាប់។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AuditPage</name>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Show unchanged fields</source>
        <translation>បង្ហាញវាលដែលមិនបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>ផ្ទុកបន្ថែម</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>អ្នកណាក៏បាន</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>សកម្មភាពណាក៏បាន</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>លេខការងារ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>អ្នកណា</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ផ្ទុកឡើងវិញ</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>អ្នកប្រើ %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>មិនអាចផ្ទុកកំណត់ហេតុសវនកម្មបានទេ៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>បង្ហាញ %n ធាតុ</numerusform>
            <numerusform>បង្ហាញ %n ធាតុ</numerusform>
        </translation>
    </message>
    <message>
        <source>, more available</source>
        <translation> នៅមានទៀត</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>គ្មានអ្វីត្រូវនឹងតម្រងទាំងនេះទេ។</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4</source>
        <translation>%1 · %2 · %3 %4</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::Autostart</name>
    <message>
        <source>%1 could not be removed.</source>
        <translation>មិនអាចលុប %1 បានទេ។</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>មិនអាចសរសេរ %1 បានទេ៖ %2</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AvailabilityEditor</name>
    <message>
        <source>Day</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>រហូតដល់</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>បន្ថែមចន្លោះពេល</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AwayPrompt</name>
    <message>
        <source>Keep</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>ចាត់តាំង</translation>
    </message>
    <message>
        <source>Count the time away on the job the timer was running for.</source>
        <translation>គិតពេលចាកចេញទៅលើការងារ ដែលនាឡិកាកំពុងដំណើរការ។</translation>
    </message>
    <message>
        <source>Leave the time away out of your timesheet.</source>
        <translation>ដកពេលចាកចេញចេញពីតារាងម៉ោងរបស់អ្នក។</translation>
    </message>
    <message>
        <source>What you did (e.g. a call about this job)</source>
        <translation>អ្វីដែលអ្នកបានធ្វើ (ឧ. ការហៅទូរសព្ទអំពីការងារនេះ)</translation>
    </message>
    <message>
        <source>or assign it to</source>
        <translation>ឬចាត់ទៅ</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>ការងារ %1</translation>
    </message>
    <message>
        <source>You seem to be away since %1. The timer is not counting until you are back.</source>
        <translation>មើលទៅអ្នកចាកចេញតាំងពី %1។ នាឡិកាមិនរាប់ម៉ោងទេ រហូតដល់អ្នកត្រឡប់មកវិញ។</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>ពី %1 ដល់ %2</translation>
    </message>
    <message>
        <source>You were away %1 (%2) while timing “%3”. This time is not counted unless you keep it.</source>
        <translation>អ្នកបានចាកចេញ %1 (%2) ខណៈពេលកំពុងកត់ម៉ោង “%3”។ ពេលនេះមិនត្រូវបានរាប់ទេ លុះត្រាតែអ្នករក្សាវាទុក។</translation>
    </message>
    <message numerus="yes">
        <source>%n more time away to review after this one.</source>
        <translation>
            <numerusform>នៅមានពេលចាកចេញ %n ទៀតត្រូវពិនិត្យ បន្ទាប់ពីនេះ។</numerusform>
            <numerusform>នៅមានពេលចាកចេញ %n ទៀតត្រូវពិនិត្យ បន្ទាប់ពីនេះ។</numerusform>
        </translation>
    </message>
    <message>
        <source>No other job</source>
        <translation>គ្មានការងារផ្សេងទៀត</translation>
    </message>
    <message>
        <source>The time away counts.</source>
        <translation>ពេលចាកចេញត្រូវបានរាប់។</translation>
    </message>
    <message>
        <source>The time away is left out.</source>
        <translation>ពេលចាកចេញត្រូវបានដកចេញ។</translation>
    </message>
    <message>
        <source>Time away from the computer</source>
        <translation>ពេលចាកចេញពីកុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>The time away now counts on “%1”.</source>
        <translation>ពេលចាកចេញឥឡូវត្រូវបានរាប់លើ “%1”។</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>មិនអាចរក្សាទុកចម្លើយរបស់អ្នកបានទេ៖ %1</translation>
    </message>
    <message>
        <source>The computer was asleep or its clock was changed %1 (%2) while the timer ran for “%3”. This time is not counted unless you keep it.</source>
        <translation>កុំព្យូទ័រស្ថិតក្នុងរបៀបដេក ឬនាឡិការបស់វាត្រូវបានប្ដូរ %1 (%2) ខណៈពេលកំពុងកត់ម៉ោង “%3”។ ពេលនេះមិនត្រូវបានរាប់ទេ លុះត្រាតែអ្នករក្សាវាទុក។</translation>
    </message>
    <message>
        <source>The time the computer was asleep counts.</source>
        <translation>ពេលកុំព្យូទ័រស្ថិតក្នុងរបៀបដេកត្រូវបានរាប់។</translation>
    </message>
    <message>
        <source>The time the computer was asleep is left out.</source>
        <translation>ពេលកុំព្យូទ័រស្ថិតក្នុងរបៀបដេកត្រូវបានដកចេញ។</translation>
    </message>
    <message>
        <source>Time while the computer was asleep</source>
        <translation>ពេលកុំព្យូទ័រស្ថិតក្នុងរបៀបដេក</translation>
    </message>
    <message>
        <source>The time the computer was asleep now counts on “%1”.</source>
        <translation>ពេលកុំព្យូទ័រស្ថិតក្នុងរបៀបដេកឥឡូវត្រូវបានរាប់លើ “%1”។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::CaFileField</name>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើស…</translation>
    </message>
    <message>
        <source>System only</source>
        <translation>តែរបស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>None: the authorities this computer trusts</source>
        <translation>គ្មាន៖ អាជ្ញាធរដែលកុំព្យូទ័រនេះទុកចិត្ត</translation>
    </message>
    <message>
        <source>Trust only the certificate authorities of this computer</source>
        <translation>ទុកចិត្តតែអាជ្ញាធរវិញ្ញាបនបត្ររបស់កុំព្យូទ័រនេះប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>ឯកសារអាជ្ញាធរវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>វិញ្ញាបនបត្រ (*.pem *.crt *.cer *.der);;ឯកសារទាំងអស់ (*)</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::CandidatePanel</name>
    <message>
        <source>Dispatch</source>
        <translation>ចាត់ចែង</translation>
    </message>
    <message>
        <source>Offer…</source>
        <translation>ផ្តល់ជូន…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>ចាត់តាំង</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>បោះបង់ការងារ…</translation>
    </message>
    <message>
        <source>Ranked candidates</source>
        <translation>បេក្ខជនតាមលំដាប់</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>មិនមានសិទ្ធិ</translation>
    </message>
    <message>
        <source>Offer the job to the selected candidate, with an acceptance window</source>
        <translation>ផ្តល់ការងារជូនបេក្ខជនដែលបានជ្រើស ជាមួយរយៈពេលសម្រាប់ទទួលយក</translation>
    </message>
    <message>
        <source>Give the job to the selected candidate without an offer</source>
        <translation>ប្រគល់ការងារឱ្យបេក្ខជនដែលបានជ្រើស ដោយមិនចាំបាច់ផ្តល់ជូន</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>អ្វីដែលបានកើតឡើង</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>Select a job on the board to see its candidates.</source>
        <translation>ជ្រើសការងារនៅលើក្តារ ដើម្បីមើលបេក្ខជនរបស់វា។</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <source>Ranking workers…</source>
        <translation>កំពុងចាត់ថ្នាក់អ្នកធ្វើការ…</translation>
    </message>
    <message>
        <source>This server does not rank candidates yet.</source>
        <translation>ម៉ាស៊ីនមេនេះមិនទាន់ចាត់ថ្នាក់បេក្ខជននៅឡើយទេ។</translation>
    </message>
    <message>
        <source>The ranking could not be loaded: %1</source>
        <translation>មិនអាចផ្ទុកចំណាត់ថ្នាក់បានទេ៖ %1</translation>
    </message>
    <message>
        <source>Ranked candidates (%1)</source>
        <translation>បេក្ខជនតាមលំដាប់ (%1)</translation>
    </message>
    <message>
        <source>Not eligible (%1)</source>
        <translation>មិនមានសិទ្ធិ (%1)</translation>
    </message>
    <message>
        <source>Nobody is eligible right now: see the reasons below.</source>
        <translation>ឥឡូវនេះគ្មាននរណាមានសិទ្ធិទេ៖ សូមមើលមូលហេតុខាងក្រោម។</translation>
    </message>
    <message>
        <source>Score out of 100, ranked %1. Expand a worker for the reasons.</source>
        <translation>ពិន្ទុលើ 100 ចាត់ថ្នាក់ %1។ ពង្រីកអ្នកធ្វើការម្នាក់ ដើម្បីមើលមូលហេតុ។</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>មិនអាចផ្ទុកប្រវត្តិបានទេ៖ %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ត្រូវការយកចិត្តទុកដាក់</translation>
    </message>
    <message>
        <source>%1 urgency</source>
        <translation>ភាពបន្ទាន់ %1</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>កំណត់ %1 (%2)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>គ្មានថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>estimate %1</source>
        <translation>ប៉ាន់ស្មាន %1</translation>
    </message>
    <message>
        <source>%1 %2+</source>
        <translation>%1 %2+</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>កែប្រែ %n ដង</numerusform>
            <numerusform>កែប្រែ %n ដង</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offered to %1</source>
        <translation>បានផ្តល់ជូន %1</translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation>កាន់ដោយ %1</translation>
    </message>
    <message>
        <source>Re-dispatch</source>
        <translation>ចាត់ចែងម្តងទៀត</translation>
    </message>
    <message>
        <source>Re-dispatch…</source>
        <translation>ចាត់ចែងម្តងទៀត…</translation>
    </message>
    <message>
        <source>Start the offer cascade: the best candidates get the offer in turn</source>
        <translation>ចាប់ផ្តើមការផ្តល់ជូនជាបន្តបន្ទាប់៖ បេក្ខជនល្អបំផុតទទួលបានការផ្តល់ជូនតាមវេន</translation>
    </message>
    <message>
        <source>Take the job back from its worker and start the cascade again</source>
        <translation>ដកការងារមកវិញពីអ្នកធ្វើការ ហើយចាប់ផ្តើមការផ្តល់ជូនជាបន្តបន្ទាប់ម្តងទៀត</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ChartCard</name>
    <message>
        <source>Save image…</source>
        <translation>រក្សាទុករូបភាព…</translation>
    </message>
    <message>
        <source>Save data…</source>
        <translation>រក្សាទុកទិន្នន័យ…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>រក្សាទុកក្រាហ្វជារូបភាព PNG</translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV</source>
        <translation>រក្សាទុកតួលេខនៃក្រាហ្វជា CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>មិនអាចសរសេររូបភាពទៅ %1 បានទេ។</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>រក្សាទុករូបភាពក្រាហ្វ</translation>
    </message>
    <message>
        <source>Save chart data</source>
        <translation>រក្សាទុកទិន្នន័យក្រាហ្វ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>រូបភាព PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>បានរក្សាទុក %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DeclineDialog</name>
    <message>
        <source>Decline offer</source>
        <translation>បដិសេធការផ្តល់ជូន</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>ជ្រើសមូលហេតុ…</translation>
    </message>
    <message>
        <source>I don&apos;t have time right now</source>
        <translation>ខ្ញុំមិនមានពេលឥឡូវនេះទេ</translation>
    </message>
    <message>
        <source>Outside my skills</source>
        <translation>ក្រៅជំនាញរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>The deadline is too tight</source>
        <translation>ថ្ងៃផុតកំណត់តឹងពេក</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Anything the team should know (optional unless &quot;Other&quot;)</source>
        <translation>អ្វីដែលក្រុមគួរដឹង (ស្រេចចិត្ត លើកលែងតែ &quot;ផ្សេងទៀត&quot;)</translation>
    </message>
    <message>
        <source>Decline &lt;b&gt;%1&lt;/b&gt;? The job goes to another worker.</source>
        <translation>បដិសេធ &lt;b&gt;%1&lt;/b&gt;? ការងារនឹងទៅអ្នកធ្វើការម្នាក់ទៀត។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DispatchBoard</name>
    <message>
        <source>Cascade started: offered to %1.</source>
        <translation>ការផ្តល់ជូនជាបន្តបន្ទាប់បានចាប់ផ្តើម៖ បានផ្តល់ជូន %1។</translation>
    </message>
    <message>
        <source>Nobody is eligible for this job, so it stays pending and is flagged. The reasons are listed under “Not eligible”.</source>
        <translation>គ្មាននរណាមានសិទ្ធិសម្រាប់ការងារនេះទេ ដូច្នេះវានៅរង់ចាំ ហើយត្រូវបានសម្គាល់។ មូលហេតុមាននៅក្រោម “មិនមានសិទ្ធិ”។</translation>
    </message>
    <message>
        <source>A cascade is already running for this job.</source>
        <translation>ការផ្តល់ជូនជាបន្តបន្ទាប់កំពុងដំណើរការរួចហើយសម្រាប់ការងារនេះ។</translation>
    </message>
    <message>
        <source>The job could not be dispatched: %1</source>
        <translation>មិនអាចចាត់ចែងការងារបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Re-dispatch the job</source>
        <translation>ចាត់ចែងការងារម្តងទៀត</translation>
    </message>
    <message>
        <source>Take “%1” back from %2 and offer it to the best candidates again?</source>
        <translation>ដក “%1” មកវិញពី %2 ហើយផ្តល់ជូនបេក្ខជនល្អបំផុតម្តងទៀត?</translation>
    </message>
    <message>
        <source>its worker</source>
        <translation>អ្នកធ្វើការរបស់វា</translation>
    </message>
    <message>
        <source>Re-dispatch</source>
        <translation>ចាត់ចែងម្តងទៀត</translation>
    </message>
    <message>
        <source>The job could not be taken back: %1</source>
        <translation>មិនអាចដកការងារមកវិញបានទេ៖ %1</translation>
    </message>
    <message>
        <source>The offer could not be made: %1</source>
        <translation>មិនអាចផ្តល់ជូនបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Offered to %1; %2 to accept.</source>
        <translation>បានផ្តល់ជូន %1 មាន %2 ដើម្បីទទួលយក។</translation>
    </message>
    <message>
        <source>Assign directly</source>
        <translation>ចាត់តាំងដោយផ្ទាល់</translation>
    </message>
    <message>
        <source>Give “%1” to %2 now, without an offer to accept?</source>
        <translation>ប្រគល់ “%1” ឱ្យ %2 ឥឡូវនេះ ដោយមិនចាំបាច់ផ្តល់ជូនឱ្យទទួលយក?</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>ចាត់តាំង</translation>
    </message>
    <message>
        <source>The job could not be assigned: %1</source>
        <translation>មិនអាចចាត់តាំងការងារបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>បានចាត់តាំងឱ្យ %1។</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>បោះបង់ការងារ</translation>
    </message>
    <message>
        <source>Cancel “%1”? Open offers are withdrawn and its worker is told. This cannot be undone.</source>
        <translation>បោះបង់ “%1”? ការផ្តល់ជូនដែលនៅបើកនឹងត្រូវដកវិញ ហើយអ្នកធ្វើការនឹងត្រូវបានជូនដំណឹង។ មិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>មិនអាចបោះបង់ការងារបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Job cancelled.</source>
        <translation>ការងារត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>មិនអាចរក្សាទុកការកំណត់បានទេ៖ %1</translation>
    </message>
    <message>
        <source>New jobs are now dispatched automatically.</source>
        <translation>ការងារថ្មីឥឡូវត្រូវបានចាត់ចែងដោយស្វ័យប្រវត្តិ។</translation>
    </message>
    <message>
        <source>New jobs now wait for an admin to dispatch them.</source>
        <translation>ការងារថ្មីឥឡូវរង់ចាំអ្នកគ្រប់គ្រងចាត់ចែង។</translation>
    </message>
    <message>
        <source>Job saved.</source>
        <translation>ការងារត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Job #%1 created.</source>
        <translation>ការងារ #%1 ត្រូវបានបង្កើត។</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>តែហួសកំណត់</translation>
    </message>
    <message>
        <source>Auto-dispatch new jobs</source>
        <translation>ចាត់ចែងការងារថ្មីដោយស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>New job…</source>
        <translation>ការងារថ្មី…</translation>
    </message>
    <message>
        <source>Auto-dispatch selected</source>
        <translation>ចាត់ចែងការងារដែលបានជ្រើសដោយស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>Search title, client, skill, worker, #id  (Ctrl+F)</source>
        <translation>ស្វែងរក ការងារ ជំនាញ #លេខ  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>ភាពបន្ទាន់ណាក៏បាន</translation>
    </message>
    <message>
        <source>Normal and above</source>
        <translation>ធម្មតា និងខ្ពស់ជាង</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>ខ្ពស់ និងខ្ពស់ជាង</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>តែបន្ទាន់បំផុត</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <source>Start the offer cascade for every job created from now on</source>
        <translation>ចាប់ផ្តើមការផ្តល់ជូនជាបន្តបន្ទាប់ សម្រាប់គ្រប់ការងារដែលបង្កើតចាប់ពីពេលនេះ</translation>
    </message>
    <message>
        <source>Start the offer cascade for every selected pending job</source>
        <translation>ចាប់ផ្តើមការផ្តល់ជូនជាបន្តបន្ទាប់ សម្រាប់គ្រប់ការងាររង់ចាំដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>កំពុងផ្ទុកការងារ…</translation>
    </message>
    <message>
        <source>This server has no automatic dispatch settings.</source>
        <translation>ម៉ាស៊ីនមេនេះគ្មានការកំណត់ចាត់ចែងស្វ័យប្រវត្តិទេ។</translation>
    </message>
    <message>
        <source>The jobs could not be loaded: %1</source>
        <translation>មិនអាចផ្ទុកការងារបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Could not refresh the board: %1</source>
        <translation>មិនអាចផ្ទុកក្តារឡើងវិញបានទេ៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open job(s)</source>
        <translation>
            <numerusform>ការងារបើក %n</numerusform>
            <numerusform>ការងារបើក %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n need(s) attention</source>
        <translation>
            <numerusform> · %n ត្រូវការយកចិត្តទុកដាក់</numerusform>
            <numerusform> · %n ត្រូវការយកចិត្តទុកដាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n ហួសកំណត់</numerusform>
            <numerusform> · %n ហួសកំណត់</numerusform>
        </translation>
    </message>
    <message>
        <source> · filtered</source>
        <translation> · បានតម្រង</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DispatchBoardModel</name>
    <message>
        <source>%1 d %2</source>
        <translation>%1 ថ្ងៃ %2</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ត្រូវការយកចិត្តទុកដាក់</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <source>Offered (matching)</source>
        <translation>បានផ្តល់ជូន (កំពុងផ្គូផ្គង)</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>បានចាត់តាំង</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>កំពុងធ្វើ</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>កំពុងត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>បានស្នើឱ្យកែប្រែ</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>អ្នកធ្វើការ #%1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>ភាពបន្ទាន់</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>រង់ចាំ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>Offer / worker</source>
        <translation>ការផ្តល់ជូន / អ្នកធ្វើការ</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>បានផ្តល់ជូន</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>គ្មានថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>ហួសកំណត់ %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>សល់ %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>កំណត់ %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>បានបង្កើត %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DispatchRunDialog</name>
    <message>
        <source>Auto-dispatch</source>
        <translation>ចាត់ចែងស្វ័យប្រវត្តិ</translation>
    </message>
    <message numerus="yes">
        <source>Dispatching %n job(s)…</source>
        <translation>
            <numerusform>កំពុងចាត់ចែងការងារ %n…</numerusform>
            <numerusform>កំពុងចាត់ចែងការងារ %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>ការងារ #%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 of %2 jobs offered.</source>
        <translation>បានផ្តល់ជូនការងារ %1 ក្នុងចំណោម %2។</translation>
    </message>
    <message>
        <source>Auto-dispatch failed: %1</source>
        <translation>ការចាត់ចែងស្វ័យប្រវត្តិបរាជ័យ៖ %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DispatchWords</name>
    <message>
        <source>Skill fit</source>
        <translation>ភាពត្រូវនឹងជំនាញ</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>ពេលទំនេរ</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>បន្ទុកការងារ</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>គុណភាព</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>យុត្តិធម៌</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>ភាពបន្ទាន់</translation>
    </message>
    <message>
        <source>Account is not active</source>
        <translation>គណនីមិនសកម្ម</translation>
    </message>
    <message>
        <source>Lacks a required skill</source>
        <translation>ខ្វះជំនាញដែលត្រូវការ</translation>
    </message>
    <message>
        <source>Lacks the skill %1</source>
        <translation>ខ្វះជំនាញ %1</translation>
    </message>
    <message>
        <source>%1 level %2, needs %3</source>
        <translation>%1 កម្រិត %2 ត្រូវការ %3</translation>
    </message>
    <message>
        <source>Skill level too low</source>
        <translation>កម្រិតជំនាញទាបពេក</translation>
    </message>
    <message>
        <source>At capacity: holds %1 of %2 jobs</source>
        <translation>ពេញសមត្ថភាព៖ កាន់ការងារ %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <source>At capacity</source>
        <translation>ពេញសមត្ថភាព</translation>
    </message>
    <message>
        <source>No free time before the due date</source>
        <translation>គ្មានពេលទំនេរមុនថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>Declined this job before, or let its offer expire</source>
        <translation>ធ្លាប់បដិសេធការងារនេះ ឬទុកឱ្យការផ្តល់ជូនផុតកំណត់</translation>
    </message>
    <message>
        <source>Already holds a pending offer for this job</source>
        <translation>មានការផ្តល់ជូនដែលកំពុងរង់ចាំសម្រាប់ការងារនេះរួចហើយ</translation>
    </message>
    <message>
        <source>Not eligible (%1)</source>
        <translation>មិនមានសិទ្ធិ (%1)</translation>
    </message>
    <message>
        <source>Not eligible (%1: %2)</source>
        <translation>មិនមានសិទ្ធិ (%1៖ %2)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ទាប</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ធម្មតា</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ខ្ពស់</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>បន្ទាន់បំផុត</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>បានផ្តល់ជូន</translation>
    </message>
    <message>
        <source>Offered to %1</source>
        <translation>បានផ្តល់ជូន %1</translation>
    </message>
    <message>
        <source>Nobody eligible: flagged for attention</source>
        <translation>គ្មាននរណាមានសិទ្ធិ៖ បានសម្គាល់ឱ្យយកចិត្តទុកដាក់</translation>
    </message>
    <message>
        <source>Nobody eligible: %1</source>
        <translation>គ្មាននរណាមានសិទ្ធិ៖ %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>បានរំលង</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>បានរំលង៖ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>Job created</source>
        <translation>ការងារត្រូវបានបង្កើត</translation>
    </message>
    <message>
        <source>Job edited</source>
        <translation>ការងារត្រូវបានកែ</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>ឯកសារត្រូវបានភ្ជាប់</translation>
    </message>
    <message>
        <source>Assigned directly to %1</source>
        <translation>បានចាត់តាំងដោយផ្ទាល់ឱ្យ %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message>
        <source>Work submitted for review</source>
        <translation>ការងារត្រូវបានដាក់ស្នើឱ្យត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>បានផ្លាស់ពី %1 ទៅ %2</translation>
    </message>
    <message>
        <source>Offer made by an admin</source>
        <translation>ការផ្តល់ជូនដោយអ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>Offer accepted by %1</source>
        <translation>ការផ្តល់ជូនត្រូវបានទទួលយកដោយ %1</translation>
    </message>
    <message>
        <source>Last open offer declined: back to pending</source>
        <translation>ការផ្តល់ជូនចុងក្រោយត្រូវបានបដិសេធ៖ ត្រឡប់ទៅរង់ចាំវិញ</translation>
    </message>
    <message>
        <source>Last open offer expired: back to pending</source>
        <translation>ការផ្តល់ជូនចុងក្រោយបានផុតកំណត់៖ ត្រឡប់ទៅរង់ចាំវិញ</translation>
    </message>
    <message>
        <source>Ranked: nobody eligible, %1 left out</source>
        <translation>បានចាត់ថ្នាក់៖ គ្មាននរណាមានសិទ្ធិ ដកចេញ %1</translation>
    </message>
    <message>
        <source>Ranked %1 eligible (best: %2), %3 left out</source>
        <translation>បានចាត់ថ្នាក់អ្នកមានសិទ្ធិ %1 (ល្អបំផុត៖ %2) ដកចេញ %3</translation>
    </message>
    <message>
        <source>Cascade offered the job to %1 (rank %2)</source>
        <translation>ការផ្តល់ជូនជាបន្តបន្ទាប់បានផ្តល់ការងារជូន %1 (លំដាប់ %2)</translation>
    </message>
    <message>
        <source>Cascade offered the job to %1</source>
        <translation>ការផ្តល់ជូនជាបន្តបន្ទាប់បានផ្តល់ការងារជូន %1</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 បានបដិសេធ</translation>
    </message>
    <message>
        <source>%1 declined: “%2”</source>
        <translation>%1 បានបដិសេធ៖ “%2”</translation>
    </message>
    <message>
        <source>The offer to %1 expired</source>
        <translation>ការផ្តល់ជូនទៅ %1 បានផុតកំណត់</translation>
    </message>
    <message>
        <source>Cascade ended: flagged for attention</source>
        <translation>ការផ្តល់ជូនជាបន្តបន្ទាប់បានបញ្ចប់៖ បានសម្គាល់ឱ្យយកចិត្តទុកដាក់</translation>
    </message>
    <message>
        <source>Cascade ended (%1): flagged for attention</source>
        <translation>ការផ្តល់ជូនជាបន្តបន្ទាប់បានបញ្ចប់ (%1)៖ បានសម្គាល់ឱ្យយកចិត្តទុកដាក់</translation>
    </message>
    <message>
        <source>Cascade stopped by an admin</source>
        <translation>ការផ្តល់ជូនជាបន្តបន្ទាប់ត្រូវបានបញ្ឈប់ដោយអ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>Cascade stopped: %1</source>
        <translation>ការផ្តល់ជូនជាបន្តបន្ទាប់បានឈប់៖ %1</translation>
    </message>
    <message>
        <source>%1 accepted: cascade done</source>
        <translation>%1 បានទទួលយក៖ ការផ្តល់ជូនជាបន្តបន្ទាប់បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Dispatch: %1</source>
        <translation>ការចាត់ចែង៖ %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 វិនាទី</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 នាទី</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ម៉ោង %2 នាទី</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ថ្ងៃ %2 ម៉ោង</translation>
    </message>
    <message>
        <source>worker #%1</source>
        <translation>អ្នកធ្វើការ #%1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DisplayText</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n ថ្ងៃ</numerusform>
            <numerusform>%n ថ្ងៃ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n ម៉ោង</numerusform>
            <numerusform>%n ម៉ោង</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n នាទី</numerusform>
            <numerusform>%n នាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>បានផ្តល់ជូន</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>បានចាត់តាំង</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>កំពុងធ្វើ</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>កំពុងត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>បានស្នើឱ្យកែប្រែ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n នាទី</numerusform>
            <numerusform>%n នាទី</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h %1 min</source>
        <translation>
            <numerusform>%n ម៉ោង %1 នាទី</numerusform>
            <numerusform>%n ម៉ោង %1 នាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>គ្មានថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>ដល់កំណត់ឥឡូវ</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>ក្នុងរយៈពេល %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>យឺត %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>សល់ %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::EntryResolver</name>
    <message>
        <source>Keep mine</source>
        <translation>រក្សារបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Take the server’s</source>
        <translation>យករបស់ម៉ាស៊ីនមេ</translation>
    </message>
    <message>
        <source>Edit and resend…</source>
        <translation>កែ ហើយផ្ញើម្តងទៀត…</translation>
    </message>
    <message>
        <source>Send your copy again; it replaces the server’s.</source>
        <translation>ផ្ញើច្បាប់ចម្លងរបស់អ្នកម្តងទៀត វានឹងជំនួសច្បាប់នៅម៉ាស៊ីនមេ។</translation>
    </message>
    <message>
        <source>Replace your copy with the server’s.</source>
        <translation>ជំនួសច្បាប់ចម្លងរបស់អ្នក ដោយច្បាប់នៅម៉ាស៊ីនមេ។</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>ការងារ %1</translation>
    </message>
    <message>
        <source>The server did not accept this entry</source>
        <translation>ម៉ាស៊ីនមេមិនបានទទួលយកកំណត់ត្រានេះទេ</translation>
    </message>
    <message>
        <source>Reason: %1
Change what the reason points at (the job, the times) and the entry is sent again.</source>
        <translation>មូលហេតុ៖ %1
សូមកែអ្វីដែលមូលហេតុនិយាយដល់ (ការងារ ឬពេលវេលា) ហើយកំណត់ត្រានឹងត្រូវបានផ្ញើម្តងទៀត។</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>មិនបានផ្តល់</translation>
    </message>
    <message>
        <source>This entry was changed elsewhere</source>
        <translation>កំណត់ត្រានេះត្រូវបានកែនៅកន្លែងផ្សេង</translation>
    </message>
    <message>
        <source>The server holds another version of it (changed from another device or by an admin). Choose the one to keep; differences are in bold.</source>
        <translation>ម៉ាស៊ីនមេមានកំណែផ្សេងទៀតរបស់វា (កែពីឧបករណ៍ផ្សេង ឬដោយអ្នកគ្រប់គ្រង)។ សូមជ្រើសមួយដែលត្រូវរក្សា ភាពខុសគ្នាត្រូវបានសរសេរដិត។</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>បានរក្សា</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>របស់អ្នក</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>នៅម៉ាស៊ីនមេ</translation>
    </message>
    <message>
        <source>Your copy is being sent again.</source>
        <translation>ច្បាប់ចម្លងរបស់អ្នកកំពុងត្រូវបានផ្ញើម្តងទៀត។</translation>
    </message>
    <message>
        <source>The server’s copy is now yours too.</source>
        <translation>ច្បាប់ចម្លងនៅម៉ាស៊ីនមេ ឥឡូវក៏ជារបស់អ្នកដែរ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ExcludedList</name>
    <message>
        <source>Worker</source>
        <translation>អ្នកធ្វើការ</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>ហេតុអ្វីមិនបាន</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::GeneralSettings</name>
    <message>
        <source>Start Jobdesk when I sign in to my computer</source>
        <translation>បើក Jobdesk នៅពេលខ្ញុំចូលកុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>លំនាំដើមប្រព័ន្ធ (%1)</translation>
    </message>
    <message>
        <source>Jobdesk starts in the background, signed in if you chose &quot;Keep me signed in&quot;.</source>
        <translation>Jobdesk ចាប់ផ្តើមនៅផ្ទៃខាងក្រោយ ហើយបានចូលស្រាប់ ប្រសិនបើអ្នកបានជ្រើស &quot;រក្សាការចូលរបស់ខ្ញុំ&quot;។</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ភាសា (&amp;L)៖</translation>
    </message>
    <message>
        <source>A new language applies after you restart Jobdesk.</source>
        <translation>ភាសាថ្មីនឹងមានប្រសិទ្ធភាព បន្ទាប់ពីអ្នកបើក Jobdesk ឡើងវិញ។</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>អាជ្ញាធរវិញ្ញាបនបត្រ (&amp;A)៖</translation>
    </message>
    <message>
        <source>Only if your organisation runs its own certificate authority: its CA file, trusted in addition to this computer&apos;s.</source>
        <translation>សម្រាប់តែពេលស្ថាប័នរបស់អ្នកមានអាជ្ញាធរវិញ្ញាបនបត្រផ្ទាល់ខ្លួន៖ ឯកសារ CA របស់វា ដែលត្រូវបានទុកចិត្តបន្ថែមលើអាជ្ញាធររបស់កុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <source>The certificate authority file was not changed: %1</source>
        <translation>ឯកសារអាជ្ញាធរវិញ្ញាបនបត្រមិនត្រូវបានប្តូរទេ៖ %1</translation>
    </message>
    <message>
        <source>Starting with the computer could not be changed: %1</source>
        <translation>មិនអាចប្តូរការបើកជាមួយកុំព្យូទ័របានទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobChat</name>
    <message>
        <source>Send</source>
        <translation>ផ្ញើ</translation>
    </message>
    <message>
        <source>Write a message to the Jobdesk team…</source>
        <translation>សរសេរសារទៅក្រុម Jobdesk…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>សារ</translation>
    </message>
    <message>
        <source>The chat opens once you accept the job.</source>
        <translation>ការជជែកនឹងបើក នៅពេលអ្នកទទួលយកការងារ។</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>កំពុងផ្ទុកសារ…</translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation>មិនអាចផ្ទុកសារបានទេ៖ %1</translation>
    </message>
    <message>
        <source>No messages yet. Questions about the job go here.</source>
        <translation>មិនទាន់មានសារទេ។ សំណួរអំពីការងារ សូមសរសេរនៅទីនេះ។</translation>
    </message>
    <message>
        <source>You</source>
        <translation>អ្នក</translation>
    </message>
    <message>
        <source>Jobdesk team</source>
        <translation>ក្រុម Jobdesk</translation>
    </message>
    <message>
        <source>%1 (Jobdesk team)</source>
        <translation>%1 (ក្រុម Jobdesk)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>មិនបានផ្ញើ៖ %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobDetailPane</name>
    <message>
        <source>Start work</source>
        <translation>ចាប់ផ្តើមធ្វើការ</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>ដាក់ស្នើឱ្យត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>ទទួលយកការផ្តល់ជូន</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>បដិសេធ…</translation>
    </message>
    <message>
        <source>Select a job on the left to see its details.</source>
        <translation>ជ្រើសការងារនៅខាងឆ្វេង ដើម្បីមើលព័ត៌មានលម្អិត។</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>អតិថិជន</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>ការផ្តល់ជូន</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (level %2+)</source>
        <translation>%1 (កម្រិត %2+)</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>មិនមានបញ្ជី</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>គ្មានការពិពណ៌នា។</translation>
    </message>
    <message>
        <source>Start revision</source>
        <translation>ចាប់ផ្តើមកែប្រែ</translation>
    </message>
    <message>
        <source>%1 tracked of %2 estimated</source>
        <translation>បានកត់ %1 ក្នុងចំណោម %2 ដែលបានប៉ាន់ស្មាន</translation>
    </message>
    <message>
        <source>%1 tracked</source>
        <translation>បានកត់ %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>គ្មានថ្ងៃកំណត់</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobEditorDialog</name>
    <message>
        <source>title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>client reference</source>
        <translation>លេខយោងអតិថិជន</translation>
    </message>
    <message>
        <source>category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>ភាពបន្ទាន់</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>ការប៉ាន់ស្មាន</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>required skills</source>
        <translation>ជំនាញដែលត្រូវការ</translation>
    </message>
    <message>
        <source>description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>Reload, keep my edits</source>
        <translation>ផ្ទុកឡើងវិញ ហើយរក្សាការកែរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>ការងារថ្មី</translation>
    </message>
    <message>
        <source>What is to be done, in a few words</source>
        <translation>អ្វីដែលត្រូវធ្វើ ដោយពាក្យពីរបី</translation>
    </message>
    <message>
        <source>The client&apos;s order or ticket number</source>
        <translation>លេខបញ្ជាទិញ ឬលេខសំបុត្ររបស់អតិថិជន</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ម៉ោង</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>គ្មានការប៉ាន់ស្មាន</translation>
    </message>
    <message>
        <source>The brief: what the client wants, sources, format, how the result is checked</source>
        <translation>សេចក្តីសង្ខេប៖ អ្វីដែលអតិថិជនចង់បាន ប្រភព ទម្រង់ និងរបៀបពិនិត្យលទ្ធផល</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>លេខយោងអតិថិជន</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>ភាពបន្ទាន់</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>ការប៉ាន់ស្មាន</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>ជំនាញដែលត្រូវការ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>Create job</source>
        <translation>បង្កើតការងារ</translation>
    </message>
    <message>
        <source>Edit job #%1</source>
        <translation>កែការងារ #%1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>រក្សាទុកការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>សូមកែវាលដែលបានសម្គាល់។</translation>
    </message>
    <message>
        <source>Someone else saved this job while you were editing. Reload it to save again: your edits stay.</source>
        <translation>មានអ្នកផ្សេងបានរក្សាទុកការងារនេះ ខណៈពេលអ្នកកំពុងកែ។ សូមផ្ទុកវាឡើងវិញ ដើម្បីរក្សាទុកម្តងទៀត៖ ការកែរបស់អ្នកនៅដដែល។</translation>
    </message>
    <message>
        <source>Someone else changed this job while you were editing (%1). Reload it to save again: fields you did not touch take their new values, your edits stay.</source>
        <translation>មានអ្នកផ្សេងបានកែការងារនេះ ខណៈពេលអ្នកកំពុងកែ (%1)។ សូមផ្ទុកវាឡើងវិញ ដើម្បីរក្សាទុកម្តងទៀត៖ វាលដែលអ្នកមិនបានប៉ះនឹងយកតម្លៃថ្មី ការកែរបស់អ្នកនៅដដែល។</translation>
    </message>
    <message>
        <source>%1 Nothing was lost: try again when the server is back.</source>
        <translation>%1 គ្មានអ្វីបាត់បង់ទេ៖ សូមព្យាយាមម្តងទៀត នៅពេលម៉ាស៊ីនមេដំណើរការវិញ។</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Job #%1 saved: uploading attachments</source>
        <translation>ការងារ #%1 ត្រូវបានរក្សាទុក៖ កំពុងផ្ទុកឯកសារភ្ជាប់ឡើង</translation>
    </message>
    <message>
        <source>Some files could not be queued; see the list.</source>
        <translation>ឯកសារខ្លះមិនអាចដាក់ក្នុងជួរបានទេ សូមមើលបញ្ជី។</translation>
    </message>
    <message>
        <source>Reloaded. Their changes are in; your edits are kept. Save to apply them.</source>
        <translation>បានផ្ទុកឡើងវិញ។ ការផ្លាស់ប្តូររបស់ពួកគេមានហើយ ការកែរបស់អ្នកនៅដដែល។ សូមរក្សាទុក ដើម្បីអនុវត្តវា។</translation>
    </message>
    <message>
        <source>Reloaded. You and they both changed: %1. Yours is shown; save to keep it.</source>
        <translation>បានផ្ទុកឡើងវិញ។ អ្នក និងពួកគេបានកែទាំងពីរ៖ %1។ របស់អ្នកត្រូវបានបង្ហាញ សូមរក្សាទុក ដើម្បីរក្សាវា។</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>ជួរ %1៖ %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobQueueDelegate</name>
    <message>
        <source>Due %1</source>
        <translation>កំណត់ %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>ទទួលយក</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>បដិសេធ</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobQueueModel</name>
    <message>
        <source>Offers</source>
        <translation>ការផ្តល់ជូន</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>កំពុងធ្វើ</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>កំពុងត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>បានស្នើឱ្យកែប្រែ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation>
            <numerusform>សារមិនទាន់អាន %n</numerusform>
            <numerusform>សារមិនទាន់អាន %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobQueueView</name>
    <message>
        <source>Search jobs  (Ctrl+F)</source>
        <translation>ស្វែងរកការងារ  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>ការងារទាំងអស់</translation>
    </message>
    <message>
        <source>Loading your jobs…</source>
        <translation>កំពុងផ្ទុកការងាររបស់អ្នក…</translation>
    </message>
    <message>
        <source>No jobs match your search.</source>
        <translation>គ្មានការងារត្រូវនឹងការស្វែងរករបស់អ្នកទេ។</translation>
    </message>
    <message>
        <source>No jobs yet.
New offers appear here as soon as an admin sends them.</source>
        <translation>មិនទាន់មានការងារទេ។
ការផ្តល់ជូនថ្មីនឹងបង្ហាញនៅទីនេះ ភ្លាមៗនៅពេលអ្នកគ្រប់គ្រងផ្ញើវា។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JsonDiff</name>
    <message>
        <source>No changes.</source>
        <translation>គ្មានការផ្លាស់ប្តូរ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::LoginWindow</name>
    <message>
        <source>Keep me signed in</source>
        <translation>រក្សាការចូលរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ចូល</translation>
    </message>
    <message>
        <source>Sign in — Jobdesk</source>
        <translation>ចូល — Jobdesk</translation>
    </message>
    <message>
        <source>https://jobs.example.com</source>
        <translation>https://jobs.example.com</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Sign in to Jobdesk</source>
        <translation>ចូល Jobdesk</translation>
    </message>
    <message>
        <source>Your jobs, offers and time in one place.</source>
        <translation>ការងារ ការផ្តល់ជូន និងម៉ោងធ្វើការរបស់អ្នក នៅកន្លែងតែមួយ។</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>ម៉ាស៊ីនមេ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Register as a new worker</source>
        <translation>ចុះឈ្មោះជាអ្នកធ្វើការថ្មី</translation>
    </message>
    <message>
        <source>The email or password is not right. Check both and try again.</source>
        <translation>អ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។ សូមពិនិត្យទាំងពីរ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>Your account is waiting for an admin&apos;s approval. You can sign in once it is approved.</source>
        <translation>គណនីរបស់អ្នកកំពុងរង់ចាំការអនុម័តពីអ្នកគ្រប់គ្រង។ អ្នកអាចចូលបាន នៅពេលវាត្រូវបានអនុម័ត។</translation>
    </message>
    <message>
        <source>This account is disabled. Contact your Jobdesk admin.</source>
        <translation>គណនីនេះត្រូវបានបិទ។ សូមទាក់ទងអ្នកគ្រប់គ្រង Jobdesk របស់អ្នក។</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. %1</source>
        <translation>ការចូលបរាជ័យច្រើនដងពេក។ %1</translation>
    </message>
    <message>
        <source>Enter your server&apos;s address, for example https://jobs.example.com.</source>
        <translation>សូមបញ្ចូលអាសយដ្ឋានម៉ាស៊ីនមេរបស់អ្នក ឧទាហរណ៍ https://jobs.example.com។</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>សូមបញ្ចូលអ៊ីមែល និងពាក្យសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>កំពុងចូល…</translation>
    </message>
    <message>
        <source>Advanced…</source>
        <translation>កម្រិតខ្ពស់…</translation>
    </message>
    <message>
        <source>Trust a certificate authority file</source>
        <translation>ទុកចិត្តឯកសារអាជ្ញាធរវិញ្ញាបនបត្រ</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ManualEntryDialog</name>
    <message>
        <source>Add time</source>
        <translation>បន្ថែមម៉ោង</translation>
    </message>
    <message>
        <source>What you worked on (optional)</source>
        <translation>អ្វីដែលអ្នកបានធ្វើ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>End</source>
        <translation>បញ្ចប់</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Edit time entry</source>
        <translation>កែកំណត់ត្រាម៉ោង</translation>
    </message>
    <message>
        <source>Choose a job.</source>
        <translation>សូមជ្រើសការងារ។</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>ពេលបញ្ចប់ត្រូវតែនៅក្រោយពេលចាប់ផ្តើម។</translation>
    </message>
    <message>
        <source>One entry can be at most 24 hours.</source>
        <translation>កំណត់ត្រាមួយអាចមានរយៈពេលច្រើនបំផុត 24 ម៉ោង។</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>រយៈពេល៖ %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::OfferDialog</name>
    <message>
        <source>Offer the job</source>
        <translation>ផ្តល់ការងារជូន</translation>
    </message>
    <message>
        <source>Offer &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;. The offer lapses if it is not accepted in time.</source>
        <translation>ផ្តល់ &lt;b&gt;%1&lt;/b&gt; ជូន &lt;b&gt;%2&lt;/b&gt;។ ការផ្តល់ជូននឹងផុតកំណត់ ប្រសិនបើមិនត្រូវបានទទួលយកទាន់ពេល។</translation>
    </message>
    <message>
        <source>Time to accept</source>
        <translation>រយៈពេលសម្រាប់ទទួលយក</translation>
    </message>
    <message>
        <source>Send offer</source>
        <translation>ផ្ញើការផ្តល់ជូន</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::RankedList</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>អ្នកធ្វើការ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ហេតុអ្វី</translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation>ពិន្ទុ %1 លើ 100</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::RegisterDialog</name>
    <message>
        <source>Register as a new worker</source>
        <translation>ចុះឈ្មោះជាអ្នកធ្វើការថ្មី</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>យ៉ាងហោចណាស់ 12 តួអក្សរ</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>An admin reviews every new account before it can sign in.</source>
        <translation>អ្នកគ្រប់គ្រងពិនិត្យគណនីថ្មីនីមួយៗ មុនពេលវាអាចចូលបាន។</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Thanks! Your account is registered. An admin must approve it before you can sign in.</source>
        <translation>សូមអរគុណ! គណនីរបស់អ្នកត្រូវបានចុះឈ្មោះ។ អ្នកគ្រប់គ្រងត្រូវអនុម័តវា មុនពេលអ្នកអាចចូលបាន។</translation>
    </message>
    <message>
        <source>Fill in your name, email and a password.</source>
        <translation>សូមបំពេញឈ្មោះ អ៊ីមែល និងពាក្យសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>កំពុងចុះឈ្មោះ…</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ReviewPane</name>
    <message>
        <source>Stop</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>អនុម័ត</translation>
    </message>
    <message>
        <source>Request revision</source>
        <translation>ស្នើឱ្យកែប្រែ</translation>
    </message>
    <message>
        <source>Version and files</source>
        <translation>កំណែ និងឯកសារ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>គ្មានការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>★ 1 — poor</source>
        <translation>★ 1 — ខ្សោយ</translation>
    </message>
    <message>
        <source>★★ 2 — below expectations</source>
        <translation>★★ 2 — ក្រោមការរំពឹងទុក</translation>
    </message>
    <message>
        <source>★★★ 3 — as expected</source>
        <translation>★★★ 3 — ដូចការរំពឹងទុក</translation>
    </message>
    <message>
        <source>★★★★ 4 — good</source>
        <translation>★★★★ 4 — ល្អ</translation>
    </message>
    <message>
        <source>★★★★★ 5 — excellent</source>
        <translation>★★★★★ 5 — ល្អប្រសើរ</translation>
    </message>
    <message>
        <source>A note to the worker. Required to request a revision: say what needs to change.</source>
        <translation>កំណត់ចំណាំទៅអ្នកធ្វើការ។ ចាំបាច់ពេលស្នើឱ្យកែប្រែ៖ សូមប្រាប់ថាអ្វីដែលត្រូវកែ។</translation>
    </message>
    <message>
        <source>Select a job to review its delivered work.</source>
        <translation>ជ្រើសការងារ ដើម្បីត្រួតពិនិត្យការងារដែលបានប្រគល់។</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Delivered versions</source>
        <translation>កំណែដែលបានប្រគល់</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>សេចក្តីសម្រេច</translation>
    </message>
    <message>
        <source>Download stopped; nothing was saved.</source>
        <translation>ការទាញយកបានឈប់ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 (%4/s)</source>
        <translation>កំពុងទាញយក %1៖ %2 ក្នុងចំណោម %3 (%4/វិនាទី)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>បានរក្សាទុក %1។</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>ការទាញយកបរាជ័យ៖ %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>ដោយ %1</translation>
    </message>
    <message>
        <source>worker #%1</source>
        <translation>អ្នកធ្វើការ #%1</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>កំណត់ %1 (%2)</translation>
    </message>
    <message>
        <source>first delivery, no revisions yet</source>
        <translation>ការប្រគល់លើកដំបូង មិនទាន់មានការកែប្រែ</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) requested so far</source>
        <translation>
            <numerusform>បានស្នើឱ្យកែប្រែ %n ដងរហូតមកដល់ពេលនេះ</numerusform>
            <numerusform>បានស្នើឱ្យកែប្រែ %n ដងរហូតមកដល់ពេលនេះ</numerusform>
        </translation>
    </message>
    <message>
        <source>The versions could not be loaded: %1</source>
        <translation>មិនអាចផ្ទុកកំណែបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Version %1 · submitted %2</source>
        <translation>កំណែ %1 · ដាក់ស្នើ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>ឯកសារ %n</numerusform>
            <numerusform>ឯកសារ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker’s note: %1</source>
        <translation>កំណត់ចំណាំរបស់អ្នកធ្វើការ៖ %1</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>ទាញយក…</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>ត្រួតពិនិត្យ៖ %1</translation>
    </message>
    <message>
        <source>No delivered files.</source>
        <translation>គ្មានឯកសារដែលបានប្រគល់ទេ។</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>រក្សាទុក %1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>កំពុងទាញយក %1…</translation>
    </message>
    <message>
        <source>Say what needs to change: a revision needs a note for the worker.</source>
        <translation>សូមប្រាប់ថាអ្វីដែលត្រូវកែ៖ ការកែប្រែត្រូវការកំណត់ចំណាំសម្រាប់អ្នកធ្វើការ។</translation>
    </message>
    <message>
        <source>Approved: the job is completed.</source>
        <translation>បានអនុម័ត៖ ការងារបានបញ្ចប់។</translation>
    </message>
    <message>
        <source>Sent back for revision.</source>
        <translation>បានបញ្ជូនត្រឡប់ទៅវិញឱ្យកែប្រែ។</translation>
    </message>
    <message>
        <source>The job changed while you reviewed it; it is reloaded. Check it and decide again.</source>
        <translation>ការងារបានផ្លាស់ប្តូរ ខណៈពេលអ្នកកំពុងត្រួតពិនិត្យ វាត្រូវបានផ្ទុកឡើងវិញ។ សូមពិនិត្យ ហើយសម្រេចម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ReviewQueue</name>
    <message>
        <source>Search jobs in review</source>
        <translation>ស្វែងរកការងារដែលកំពុងត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>អ្នកធ្វើការ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>បានដាក់ស្នើ</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>ការកែប្រែ</translation>
    </message>
    <message>
        <source>The review queue could not be loaded: %1</source>
        <translation>មិនអាចផ្ទុកជួរត្រួតពិនិត្យបានទេ៖ %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>គ្មានអ្វីត្រូវត្រួតពិនិត្យទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting for review</source>
        <translation>
            <numerusform>ការងារ %n កំពុងរង់ចាំការត្រួតពិនិត្យ</numerusform>
            <numerusform>ការងារ %n កំពុងរង់ចាំការត្រួតពិនិត្យ</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · បង្ហាញ %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ScoreBarDelegate</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ចំណូលចិត្ត</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::SkillRequirementsEdit</name>
    <message>
        <source>Add skill</source>
        <translation>បន្ថែមជំនាញ</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>កម្រិតអប្បបរមា</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Remove this skill</source>
        <translation>ដកជំនាញនេះចេញ</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::SkillsEditor</name>
    <message>
        <source>Skill</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>Level (1–5)</source>
        <translation>កម្រិត (1–5)</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>បន្ថែមជំនាញ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::TimerBar</name>
    <message>
        <source>Add time…</source>
        <translation>បន្ថែមម៉ោង…</translation>
    </message>
    <message>
        <source>No jobs to track yet</source>
        <translation>មិនទាន់មានការងារសម្រាប់កត់ម៉ោងទេ</translation>
    </message>
    <message>
        <source>The timer could not be saved: %1</source>
        <translation>មិនអាចរក្សាទុកនាឡិកាកំណត់ម៉ោងបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>ថ្ងៃនេះ %1</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>តារាងម៉ោង</translation>
    </message>
    <message numerus="yes">
        <source>%n entries rejected: %1</source>
        <translation>
            <numerusform>កំណត់ត្រា %n ត្រូវបានបដិសេធ៖ %1</numerusform>
            <numerusform>កំណត់ត្រា %n ត្រូវបានបដិសេធ៖ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries changed elsewhere: choose which to keep</source>
        <translation>
            <numerusform>កំណត់ត្រា %n ត្រូវបានកែនៅកន្លែងផ្សេង៖ សូមជ្រើសមួយដែលត្រូវរក្សា</numerusform>
            <numerusform>កំណត់ត្រា %n ត្រូវបានកែនៅកន្លែងផ្សេង៖ សូមជ្រើសមួយដែលត្រូវរក្សា</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to sync</source>
        <translation>
            <numerusform>កំណត់ត្រា %n កំពុងរង់ចាំធ្វើសមកាលកម្ម</numerusform>
            <numerusform>កំណត់ត្រា %n កំពុងរង់ចាំធ្វើសមកាលកម្ម</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries will sync when you are back online</source>
        <translation>
            <numerusform>កំណត់ត្រា %n នឹងធ្វើសមកាលកម្ម នៅពេលអ្នកមានអ៊ីនធឺណិតវិញ</numerusform>
            <numerusform>កំណត់ត្រា %n នឹងធ្វើសមកាលកម្ម នៅពេលអ្នកមានអ៊ីនធឺណិតវិញ</numerusform>
        </translation>
    </message>
    <message>
        <source>All time synced</source>
        <translation>ម៉ោងទាំងអស់បានធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>កំពុងធ្វើសមកាលកម្ម…</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::TimesheetDialog</name>
    <message>
        <source>Waiting to sync</source>
        <translation>រង់ចាំធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>បានធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>ត្រូវបានបដិសេធ៖ %1</translation>
    </message>
    <message>
        <source>Changed elsewhere: choose a copy</source>
        <translation>ត្រូវបានកែនៅកន្លែងផ្សេង៖ សូមជ្រើសច្បាប់ចម្លងមួយ</translation>
    </message>
    <message>
        <source>Recovered: awaiting your choice</source>
        <translation>បានស្តារ៖ រង់ចាំការជ្រើសរើសរបស់អ្នក</translation>
    </message>
    <message>
        <source>Time away: awaiting your choice</source>
        <translation>ពេលចាកចេញ៖ រង់ចាំការជ្រើសរើសរបស់អ្នក</translation>
    </message>
    <message>
        <source>My timesheet</source>
        <translation>តារាងម៉ោងរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>សមកាលកម្ម</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ សប្តាហ៍មុន</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>សប្តាហ៍ក្រោយ ›</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>កែកំណត់ត្រា…</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>ការងារ %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week total</source>
        <translation>សរុបសប្តាហ៍</translation>
    </message>
    <message numerus="yes">
        <source>%n entries need your attention: select one to see what to do.</source>
        <translation>
            <numerusform>កំណត់ត្រា %n ត្រូវការការយកចិត្តទុកដាក់ពីអ្នក៖ សូមជ្រើសមួយ ដើម្បីមើលអ្វីដែលត្រូវធ្វើ។</numerusform>
            <numerusform>កំណត់ត្រា %n ត្រូវការការយកចិត្តទុកដាក់ពីអ្នក៖ សូមជ្រើសមួយ ដើម្បីមើលអ្វីដែលត្រូវធ្វើ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry locked</source>
        <translation>កំណត់ត្រាត្រូវបានចាក់សោ</translation>
    </message>
    <message>
        <source>This week&apos;s timesheet is approved; the entry can no longer change.</source>
        <translation>តារាងម៉ោងសប្តាហ៍នេះត្រូវបានអនុម័ត កំណត់ត្រាមិនអាចកែបានទៀតទេ។</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Saved; the entry is sent again.</source>
        <translation>បានរក្សាទុក កំណត់ត្រានឹងត្រូវបានផ្ញើម្តងទៀត។</translation>
    </message>
    <message>
        <source>Computer asleep or clock changed: awaiting your choice</source>
        <translation>កុំព្យូទ័រដេក ឬនាឡិកាត្រូវបានប្ដូរ៖ រង់ចាំការជ្រើសរើសរបស់អ្នក</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::TimesheetsPage</name>
    <message>
        <source>Approve week</source>
        <translation>អនុម័តសប្តាហ៍</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>បើកឡើងវិញ</translation>
    </message>
    <message>
        <source>Worker / entry</source>
        <translation>អ្នកធ្វើការ / កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>Entries / job</source>
        <translation>កំណត់ត្រា / ការងារ</translation>
    </message>
    <message>
        <source>Rate / h</source>
        <translation>អត្រា / ម៉ោង</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>ប្រាក់ចំណូល</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Go to the week of a date</source>
        <translation>ទៅសប្តាហ៍នៃកាលបរិច្ឆេទមួយ</translation>
    </message>
    <message>
        <source>Lock the week: its entries can no longer change and the hours and rate are frozen for payroll.</source>
        <translation>ចាក់សោសប្តាហ៍៖ កំណត់ត្រារបស់វាមិនអាចកែបានទៀត ហើយម៉ោង និងអត្រាត្រូវបានកំណត់សម្រាប់បើកប្រាក់បៀវត្សរ៍។</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ សប្តាហ៍មុន</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>សប្តាហ៍នេះ</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>សប្តាហ៍ក្រោយ ›</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message>
        <source>Timesheets could not be loaded: %1</source>
        <translation>មិនអាចផ្ទុកតារាងម៉ោងបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Nobody tracked time this week.</source>
        <translation>គ្មាននរណាកត់ម៉ោងក្នុងសប្តាហ៍នេះទេ។</translation>
    </message>
    <message>
        <source>%1 — week in %2</source>
        <translation>%1 — សប្តាហ៍តាមម៉ោង %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>កំណត់ត្រា %n</numerusform>
            <numerusform>កំណត់ត្រា %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved · locked</source>
        <translation>បានអនុម័ត · ចាក់សោ</translation>
    </message>
    <message>
        <source>Approved %1; the entries can no longer change. Reopen to unlock.</source>
        <translation>បានអនុម័ត %1 កំណត់ត្រាមិនអាចកែបានទៀតទេ។ សូមបើកឡើងវិញ ដើម្បីដោះសោ។</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>មិនទាន់អនុម័ត</translation>
    </message>
    <message>
        <source>Not approved yet; the worker can still change it.</source>
        <translation>មិនទាន់អនុម័តនៅឡើយ អ្នកធ្វើការនៅតែអាចកែវាបាន។</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>បានចាក់សោ</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>កំពុងផ្ទុកកំណត់ត្រា…</translation>
    </message>
    <message>
        <source>Entries could not be loaded: %1</source>
        <translation>មិនអាចផ្ទុកកំណត់ត្រាបានទេ៖ %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>ការងារ %1</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>គ្មានកំណត់ត្រា</translation>
    </message>
    <message>
        <source>%1&apos;s week was not changed: %2</source>
        <translation>សប្តាហ៍របស់ %1 មិនត្រូវបានកែទេ៖ %2</translation>
    </message>
    <message>
        <source>%1&apos;s week is approved and locked.</source>
        <translation>សប្តាហ៍របស់ %1 ត្រូវបានអនុម័ត និងចាក់សោ។</translation>
    </message>
    <message>
        <source>%1&apos;s week is open again.</source>
        <translation>សប្តាហ៍របស់ %1 ត្រូវបានបើកឡើងវិញ។</translation>
    </message>
    <message>
        <source>Week: %1, earnings %2 · %3 of %4 approved</source>
        <translation>សប្តាហ៍៖ %1 ប្រាក់ចំណូល %2 · បានអនុម័ត %3 ក្នុងចំណោម %4</translation>
    </message>
    <message>
        <source>Export approved timesheets</source>
        <translation>នាំចេញតារាងម៉ោងដែលបានអនុម័ត</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ជ្រើសឯកសារ…</translation>
    </message>
    <message>
        <source>Approved weeks that start in this range, one line per worker-week and a total per worker.</source>
        <translation>សប្តាហ៍ដែលបានអនុម័ត ដែលចាប់ផ្តើមក្នុងចន្លោះនេះ មួយជួរក្នុងមួយសប្តាហ៍នៃអ្នកធ្វើការម្នាក់ៗ និងសរុបតាមអ្នកធ្វើការ។</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Save timesheets</source>
        <translation>រក្សាទុកតារាងម៉ោង</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>កំពុងនាំចេញ…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>ការនាំចេញបរាជ័យ៖ %1</translation>
    </message>
    <message>
        <source>Export not saved: %1</source>
        <translation>ការនាំចេញមិនត្រូវបានរក្សាទុក៖ %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>បានរក្សាទុក %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::UploadPanel</name>
    <message>
        <source>time left unknown</source>
        <translation>មិនដឹងពេលនៅសល់</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>នៅសល់ %n វិនាទី</numerusform>
            <numerusform>នៅសល់ %n វិនាទី</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>នៅសល់ %n នាទី</numerusform>
            <numerusform>នៅសល់ %n នាទី</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h %1 min left</source>
        <translation>
            <numerusform>នៅសល់ %n ម៉ោង %1 នាទី</numerusform>
            <numerusform>នៅសល់ %n ម៉ោង %1 នាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation>កំពុងគណនា hash…</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>រង់ចាំផ្ទុកឡើង</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>កំពុងផ្ទុកឡើង</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>បានផ្អាក</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>កំពុងផ្ទៀងផ្ទាត់…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>បរាជ័យ៖ %1</translation>
    </message>
    <message>
        <source>Waiting for network</source>
        <translation>រង់ចាំបណ្តាញ</translation>
    </message>
    <message>
        <source>Add the files you deliver, or drop them here.</source>
        <translation>បន្ថែមឯកសារដែលអ្នកប្រគល់ ឬទម្លាក់វានៅទីនេះ។</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>បន្ថែមឯកសារ…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>ដាក់ស្នើឱ្យត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Note for the reviewer (optional)</source>
        <translation>កំណត់ចំណាំសម្រាប់អ្នកត្រួតពិនិត្យ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>ស្នាដៃប្រគល់</translation>
    </message>
    <message>
        <source>Could not submit: %1</source>
        <translation>មិនអាចដាក់ស្នើបានទេ៖ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>មិនបានបន្ថែម៖ %1</translation>
    </message>
    <message>
        <source>Add deliverable files</source>
        <translation>បន្ថែមឯកសារប្រគល់</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ផ្អាក</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>%1/s · %2</source>
        <translation>%1/វិនាទី · %2</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>កំពុងដាក់ស្នើ…</translation>
    </message>
    <message>
        <source>Submitting is possible once every file has finished uploading.</source>
        <translation>អាចដាក់ស្នើបាន នៅពេលឯកសារទាំងអស់ផ្ទុកឡើងរួចរាល់។</translation>
    </message>
    <message>
        <source>Paused and failed files are not included in the submission.</source>
        <translation>ឯកសារដែលបានផ្អាក និងបរាជ័យ មិនត្រូវបានរួមបញ្ចូលក្នុងការដាក់ស្នើទេ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkerEditor</name>
    <message>
        <source>Approve registration</source>
        <translation>អនុម័តការចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>បិទគណនី</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>បើកគណនី</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>រក្សាទុកការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>ត្រឡប់វិញ</translation>
    </message>
    <message>
        <source> jobs at once</source>
        <translation> ការងារក្នុងពេលតែមួយ</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> ក្នុងមួយម៉ោង</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>សមត្ថភាព</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>អត្រាតាមម៉ោង</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>តំបន់ពេលវេលា</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>ពេលទំនេរប្រចាំសប្តាហ៍</translation>
    </message>
    <message>
        <source>Choose a worker on the left.</source>
        <translation>សូមជ្រើសអ្នកធ្វើការនៅខាងឆ្វេង។</translation>
    </message>
    <message>
        <source>Someone else just changed %1 too; your edit is kept. Save to keep yours, or Revert to take theirs.</source>
        <translation>មានអ្នកផ្សេងក៏ទើបតែបានកែ %1 ដែរ ការកែរបស់អ្នកនៅដដែល។ សូមរក្សាទុក ដើម្បីរក្សារបស់អ្នក ឬចុចត្រឡប់វិញ ដើម្បីយករបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>បានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Someone else changed this worker meanwhile. Their changes are loaded and your edits are kept: check and save again.</source>
        <translation>មានអ្នកផ្សេងបានកែអ្នកធ្វើការនេះ ក្នុងពេលជាមួយគ្នា។ ការផ្លាស់ប្តូររបស់ពួកគេត្រូវបានផ្ទុក ហើយការកែរបស់អ្នកនៅដដែល៖ សូមពិនិត្យ ហើយរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>Someone else changed this worker meanwhile, including %1. Your edits are kept: check and save again, or Revert to take theirs.</source>
        <translation>មានអ្នកផ្សេងបានកែអ្នកធ្វើការនេះ ក្នុងពេលជាមួយគ្នា រួមទាំង %1។ ការកែរបស់អ្នកនៅដដែល៖ សូមពិនិត្យ ហើយរក្សាទុកម្តងទៀត ឬចុចត្រឡប់វិញ ដើម្បីយករបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>The account was not changed</source>
        <translation>គណនីមិនត្រូវបានកែទេ</translation>
    </message>
    <message>
        <source>Registration approved: the worker can sign in.</source>
        <translation>ការចុះឈ្មោះត្រូវបានអនុម័ត៖ អ្នកធ្វើការអាចចូលបាន។</translation>
    </message>
    <message>
        <source>Account disabled: the worker is signed out.</source>
        <translation>គណនីត្រូវបានបិទ៖ អ្នកធ្វើការត្រូវបានចាកចេញ។</translation>
    </message>
    <message>
        <source>Account enabled.</source>
        <translation>គណនីត្រូវបានបើក។</translation>
    </message>
    <message>
        <source>%1: check the fields marked in red.</source>
        <translation>%1៖ សូមពិនិត្យវាលដែលសម្គាល់ពណ៌ក្រហម។</translation>
    </message>
    <message>
        <source>%1: %2 Your edits are kept.</source>
        <translation>%1៖ %2 ការកែរបស់អ្នកនៅដដែល។</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>row %1: </source>
        <translation>ជួរ %1៖ </translation>
    </message>
    <message>
        <source>row %1, %2: </source>
        <translation>ជួរ %1, %2៖ </translation>
    </message>
    <message>
        <source>skills</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>សមត្ថភាព</translation>
    </message>
    <message>
        <source>hourly rate</source>
        <translation>អត្រាតាមម៉ោង</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>តំបន់ពេលវេលា</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>ពេលទំនេរ</translation>
    </message>
    <message>
        <source>&lt;h3 style=&quot;margin:0&quot;&gt;No worker selected&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&quot;margin:0&quot;&gt;មិនទាន់ជ្រើសអ្នកធ្វើការ&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Registration waiting for approval</source>
        <translation>ការចុះឈ្មោះកំពុងរង់ចាំការអនុម័ត</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>Disabled: cannot sign in or get offers</source>
        <translation>បានបិទ៖ មិនអាចចូល ឬទទួលការផ្តល់ជូនបានទេ</translation>
    </message>
    <message>
        <source>Save the changed fields</source>
        <translation>រក្សាទុកវាលដែលបានកែ</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>មិនទាន់មានការផ្លាស់ប្តូរទេ</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkerPreferences</name>
    <message>
        <source>Ask about time away from the computer</source>
        <translation>សួរអំពីពេលចាកចេញពីកុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>Closing the window keeps Jobdesk in the tray</source>
        <translation>ការបិទផ្ទាំង រក្សា Jobdesk នៅក្នុងថាសប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>ចំណូលចិត្ត</translation>
    </message>
    <message>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <source>after no keyboard or mouse input for</source>
        <translation>បន្ទាប់ពីមិនប្រើក្តារចុច ឬកណ្តុររយៈពេល</translation>
    </message>
    <message>
        <source>While a timer runs, closing the window always keeps Jobdesk in the tray, so the timer is never stopped by accident.</source>
        <translation>ពេលនាឡិកាកំពុងដំណើរការ ការបិទផ្ទាំងតែងតែរក្សា Jobdesk នៅក្នុងថាសប្រព័ន្ធ ដូច្នេះនាឡិកាមិនដែលឈប់ដោយចៃដន្យទេ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkerTray</name>
    <message>
        <source>Start timer</source>
        <translation>ចាប់ផ្តើមនាឡិកា</translation>
    </message>
    <message>
        <source>Show Jobdesk</source>
        <translation>បង្ហាញ Jobdesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>បិទកម្មវិធី</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>កំពុងដំណើរការ៖ %1</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>នាឡិកាបានឈប់</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>ថ្ងៃនេះ៖ %1</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>បញ្ឈប់នាឡិកា</translation>
    </message>
    <message>
        <source>Jobdesk — timer running %1</source>
        <translation>Jobdesk — នាឡិកាកំពុងដំណើរការ %1</translation>
    </message>
    <message>
        <source>Jobdesk — today %1</source>
        <translation>Jobdesk — ថ្ងៃនេះ %1</translation>
    </message>
    <message numerus="yes">
        <source>Time away: %n to review…</source>
        <translation>
            <numerusform>ពេលចាកចេញ៖ %n ត្រូវពិនិត្យ…</numerusform>
            <numerusform>ពេលចាកចេញ៖ %n ត្រូវពិនិត្យ…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkerWindow</name>
    <message>
        <source>The offer could not be accepted: %1</source>
        <translation>មិនអាចទទួលយកការផ្តល់ជូនបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Offer accepted. The job is yours.</source>
        <translation>បានទទួលយកការផ្តល់ជូន។ ការងារនេះជារបស់អ្នក។</translation>
    </message>
    <message>
        <source>The offer could not be declined: %1</source>
        <translation>មិនអាចបដិសេធការផ្តល់ជូនបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Offer declined.</source>
        <translation>បានបដិសេធការផ្តល់ជូន។</translation>
    </message>
    <message>
        <source>Recovered time</source>
        <translation>ម៉ោងដែលបានស្តារ</translation>
    </message>
    <message>
        <source>Jobdesk closed while your timer was running.

%1: %2 from %3 to %4.

Keep this time?</source>
        <translation>Jobdesk បានបិទ ខណៈពេលនាឡិការបស់អ្នកកំពុងដំណើរការ។

%1៖ %2 ពី %3 ដល់ %4។

រក្សាម៉ោងនេះឬទេ?</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>ការងារ %1</translation>
    </message>
    <message>
        <source>Keep time</source>
        <translation>រក្សាម៉ោង</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <source>Time added.</source>
        <translation>បានបន្ថែមម៉ោង។</translation>
    </message>
    <message>
        <source>The time could not be saved: %1</source>
        <translation>មិនអាចរក្សាទុកម៉ោងបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Jobdesk is still running</source>
        <translation>Jobdesk នៅតែដំណើរការ</translation>
    </message>
    <message>
        <source>Your timer keeps running. Open Jobdesk or quit from the tray icon.</source>
        <translation>នាឡិការបស់អ្នកនៅតែដំណើរការ។ សូមបើក Jobdesk ឬបិទកម្មវិធីពីរូបតំណាងនៅថាសប្រព័ន្ធ។</translation>
    </message>
    <message>
        <source>Open Jobdesk or quit from the tray icon.</source>
        <translation>សូមបើក Jobdesk ឬបិទកម្មវិធីពីរូបតំណាងនៅថាសប្រព័ន្ធ។</translation>
    </message>
    <message>
        <source>Quit Jobdesk</source>
        <translation>បិទ Jobdesk</translation>
    </message>
    <message>
        <source>Your timer is running (%1 so far).</source>
        <translation>នាឡិការបស់អ្នកកំពុងដំណើរការ (%1 រហូតមកដល់ពេលនេះ)។</translation>
    </message>
    <message>
        <source>Quitting stops it and records the time.</source>
        <translation>ការបិទកម្មវិធីនឹងបញ្ឈប់វា ហើយកត់ត្រាម៉ោង។</translation>
    </message>
    <message>
        <source>Stop timer and quit</source>
        <translation>បញ្ឈប់នាឡិកា ហើយបិទកម្មវិធី</translation>
    </message>
    <message>
        <source>Keep timing in the tray</source>
        <translation>បន្តកត់ម៉ោងនៅថាសប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>The timer could not be stopped: %1</source>
        <translation>មិនអាចបញ្ឈប់នាឡិកាបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>សូមស្វាគមន៍ការត្រឡប់មកវិញ</translation>
    </message>
    <message>
        <source>You were away for %1. Choose whether that time counts.</source>
        <translation>អ្នកបានចាកចេញរយៈពេល %1។ សូមជ្រើសថាតើពេលនោះត្រូវរាប់ឬទេ។</translation>
    </message>
    <message>
        <source>Jobdesk — %1</source>
        <translation>Jobdesk — %1</translation>
    </message>
    <message>
        <source>Version %1 submitted for review.</source>
        <translation>កំណែ %1 ត្រូវបានដាក់ស្នើឱ្យត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>&amp;Jobdesk</source>
        <translation>&amp;Jobdesk</translation>
    </message>
    <message>
        <source>&amp;Reload jobs</source>
        <translation>ផ្ទុកការងារឡើងវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;time…</source>
        <translation>បន្ថែមម៉ោង (&amp;T)…</translation>
    </message>
    <message>
        <source>My &amp;timesheet…</source>
        <translation>តារាងម៉ោងរបស់ខ្ញុំ (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ចំណូលចិត្ត (&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ចាកចេញ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>បិទកម្មវិធី (&amp;Q)</translation>
    </message>
    <message>
        <source>Your jobs could not be loaded.
%1</source>
        <translation>មិនអាចផ្ទុកការងាររបស់អ្នកបានទេ។
%1</translation>
    </message>
    <message>
        <source>Could not refresh jobs: %1</source>
        <translation>មិនអាចផ្ទុកការងារឡើងវិញបានទេ៖ %1</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>ការផ្តល់ជូនថ្មី</translation>
    </message>
    <message>
        <source>%1 — answer before the offer expires.</source>
        <translation>%1 — សូមឆ្លើយមុនពេលការផ្តល់ជូនផុតកំណត់។</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>សារថ្មី</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>បានស្នើឱ្យកែប្រែ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>Offer expired</source>
        <translation>ការផ្តល់ជូនបានផុតកំណត់</translation>
    </message>
    <message>
        <source>Offline — time is still tracked</source>
        <translation>គ្មានអ៊ីនធឺណិត — ម៉ោងនៅតែត្រូវបានកត់</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ភ្ជាប់ផ្ទាល់</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>កំពុងភ្ជាប់ឡើងវិញ…</translation>
    </message>
    <message>
        <source>Timer gap</source>
        <translation>ចន្លោះក្នុងការកត់ម៉ោង</translation>
    </message>
    <message>
        <source>The computer was asleep or its clock was changed for %1 while the timer ran. Choose whether that time counts.</source>
        <translation>កុំព្យូទ័រស្ថិតក្នុងរបៀបដេក ឬនាឡិការបស់វាត្រូវបានប្ដូរ រយៈពេល %1 ខណៈពេលកំពុងកត់ម៉ោង។ សូមជ្រើសថាតើពេលនោះត្រូវរាប់ឬទេ។</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkersPage</name>
    <message>
        <source>Waiting for approval</source>
        <translation>កំពុងរង់ចាំការអនុម័ត</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>អ្នកធ្វើការ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>សមត្ថភាព</translation>
    </message>
    <message>
        <source>Rate / h</source>
        <translation>អត្រា / ម៉ោង</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>បន្ទុកការងារ</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>សប្តាហ៍នេះ</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>ទាន់ពេល</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>ការកែប្រែ</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Jobs held now / capacity</source>
        <translation>ការងារកំពុងកាន់ / សមត្ថភាព</translation>
    </message>
    <message>
        <source>Completed jobs delivered by the due date</source>
        <translation>ការងារបានបញ្ចប់ដែលបានប្រគល់ទាន់ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>Completed jobs that needed at least one revision</source>
        <translation>ការងារបានបញ្ចប់ដែលត្រូវការកែប្រែយ៉ាងហោចណាស់ម្តង</translation>
    </message>
    <message>
        <source>Search name, email or skill</source>
        <translation>ស្វែងរកឈ្មោះ អ៊ីមែល ឬជំនាញ</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>អ្នកធ្វើការទាំងអស់</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>ផ្ទុកឡើងវិញ</translation>
    </message>
    <message>
        <source>Loading workers…</source>
        <translation>កំពុងផ្ទុកអ្នកធ្វើការ…</translation>
    </message>
    <message>
        <source>Workers could not be loaded: %1</source>
        <translation>មិនអាចផ្ទុកអ្នកធ្វើការបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Statistics are unavailable: %1</source>
        <translation>ស្ថិតិមិនអាចប្រើបានទេ៖ %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rated job(s)</source>
        <translation>
            <numerusform>ការងារដែលបានវាយតម្លៃ %n</numerusform>
            <numerusform>ការងារដែលបានវាយតម្លៃ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>អនុម័ត</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្តូរមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved. Discard them?</source>
        <translation>ការផ្លាស់ប្តូររបស់អ្នកចំពោះ %1 មិនទាន់បានរក្សាទុកទេ។ បោះចោលវាឬ?</translation>
    </message>
    <message>
        <source>%1 was not approved: %2</source>
        <translation>%1 មិនត្រូវបានអនុម័តទេ៖ %2</translation>
    </message>
    <message>
        <source>%1 is approved and can sign in now.</source>
        <translation>%1 ត្រូវបានអនុម័ត ហើយអាចចូលបានឥឡូវនេះ។</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jobdesk desktop app</source>
        <translation>កម្មវិធីកុំព្យូទ័រ Jobdesk</translation>
    </message>
    <message>
        <source>Server address, e.g. https://jobs.example.com.</source>
        <translation>អាសយដ្ឋានម៉ាស៊ីនមេ ឧ. https://jobs.example.com។</translation>
    </message>
    <message>
        <source>Start with the window minimized.</source>
        <translation>ចាប់ផ្តើមដោយបង្រួមផ្ទាំង។</translation>
    </message>
    <message>
        <source>For this run, trust the certificate authority in FILE (PEM) in addition to the system&apos;s (instead of the one in Preferences).</source>
        <translation>សម្រាប់ការបើកលើកនេះ ទុកចិត្តអាជ្ញាធរវិញ្ញាបនបត្រក្នុង FILE (PEM) បន្ថែមលើអាជ្ញាធររបស់ប្រព័ន្ធ (ជំនួសឯកសារក្នុងចំណូលចិត្ត)។</translation>
    </message>
</context>
</TS>
