<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::ApiClient</name>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>Không kết nối được máy chủ (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Máy chủ trả lời %1.</translation>
    </message>
    <message>
        <source>This server needs Jobdesk %1 or newer; you have %2. Install the update from %3.</source>
        <translation>Máy chủ này cần Jobdesk %1 trở lên; bạn đang dùng %2. Hãy cài bản cập nhật từ %3.</translation>
    </message>
    <message>
        <source>This server needs Jobdesk %1 or newer; you have %2. Ask your operations team for the update.</source>
        <translation>Máy chủ này cần Jobdesk %1 trở lên; bạn đang dùng %2. Hãy xin bản cập nhật từ đội vận hành.</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>Vui lòng đăng nhập lại</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::CertificateTrust</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 không chứa chứng chỉ nào (PEM hoặc DER).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If your organisation runs its own certificate authority, choose its CA file in Advanced.</source>
        <translation>Chứng chỉ của máy chủ không được tin cậy (%1). Nếu tổ chức của bạn có cơ quan cấp chứng chỉ (CA) riêng, hãy chọn tệp CA của họ trong mục Nâng cao.</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::DBusIdleSource</name>
    <message>
        <source>D-Bus screen saver (session idle time)</source>
        <translation>Trình bảo vệ màn hình D-Bus (thời gian rảnh của phiên)</translation>
    </message>
    <message>
        <source>D-Bus screen saver (active time)</source>
        <translation>Trình bảo vệ màn hình D-Bus (thời gian hoạt động)</translation>
    </message>
    <message>
        <source>No D-Bus session bus.</source>
        <translation>Không có session bus D-Bus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::DeliverableSubmitter</name>
    <message>
        <source>A submission is already being sent.</source>
        <translation>Một lần nộp đang được gửi.</translation>
    </message>
    <message>
        <source>Add at least one file to submit.</source>
        <translation>Hãy thêm ít nhất một tệp để nộp.</translation>
    </message>
    <message>
        <source>Every file must finish uploading before submitting.</source>
        <translation>Mọi tệp phải tải lên xong trước khi nộp.</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::FileDownload</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The download stopped: %1</source>
        <translation>Tải xuống bị dừng: %1</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Máy chủ trả lời %1.</translation>
    </message>
    <message>
        <source>The download ended early (%1 of %2 bytes).</source>
        <translation>Tải xuống kết thúc sớm (%1 trên %2 byte).</translation>
    </message>
    <message>
        <source>The file arrived damaged (its SHA-256 does not match). Try again.</source>
        <translation>Tệp nhận được bị hỏng (SHA-256 không khớp). Hãy thử lại.</translation>
    </message>
    <message>
        <source>nothing was received</source>
        <translation>không nhận được gì</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::FileHasher</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being checked; add it again once it is saved.</source>
        <translation>%1 đã thay đổi trong lúc kiểm tra; hãy thêm lại sau khi tệp đã được lưu.</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::IdleMonitor</name>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>No way to read the idle time on this desktop.</source>
        <translation>Không có cách đọc thời gian rảnh trên màn hình làm việc này.</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::LocalStore</name>
    <message>
        <source>The entry has no id.</source>
        <translation>Mục này không có mã.</translation>
    </message>
    <message>
        <source>The entry has no job.</source>
        <translation>Mục này không gắn với việc nào.</translation>
    </message>
    <message>
        <source>The entry must end after it starts.</source>
        <translation>Mục phải kết thúc sau khi bắt đầu.</translation>
    </message>
    <message>
        <source>An entry may span at most 24 hours.</source>
        <translation>Một mục dài tối đa 24 giờ.</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n characters.</source>
        <translation>
            <numerusform>Ghi chú dài hơn %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the local store %1: %2</source>
        <translation>Không mở được kho dữ liệu cục bộ %1: %2</translation>
    </message>
    <message>
        <source>The local store cannot use write-ahead logging.</source>
        <translation>Kho dữ liệu cục bộ không dùng được ghi nhật ký trước (WAL).</translation>
    </message>
    <message>
        <source>The local store was written by a newer version of Jobdesk (schema %1, this version knows %2).</source>
        <translation>Kho dữ liệu cục bộ được ghi bởi phiên bản Jobdesk mới hơn (lược đồ %1, phiên bản này chỉ biết %2).</translation>
    </message>
    <message>
        <source>Cannot save the time entry: %1</source>
        <translation>Không lưu được mục giờ làm: %1</translation>
    </message>
    <message>
        <source>There is no such time entry.</source>
        <translation>Không có mục giờ làm này.</translation>
    </message>
    <message>
        <source>There is no such entry awaiting confirmation.</source>
        <translation>Không có mục nào như vậy đang chờ xác nhận.</translation>
    </message>
    <message>
        <source>Cannot read time entries: %1</source>
        <translation>Không đọc được các mục giờ làm: %1</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Kho dữ liệu cục bộ bị lỗi: %1</translation>
    </message>
    <message>
        <source>This entry has no server copy to compare with.</source>
        <translation>Mục này không có bản trên máy chủ để so sánh.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Không có đồng hồ bấm giờ nào đang chạy.</translation>
    </message>
    <message>
        <source>A job without an id cannot be cached.</source>
        <translation>Không thể lưu đệm việc không có mã.</translation>
    </message>
    <message>
        <source>The upload needs an id, a job and a file.</source>
        <translation>Lần tải lên cần có mã, việc và tệp.</translation>
    </message>
    <message>
        <source>There is no such upload.</source>
        <translation>Không có lần tải lên này.</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::ServerProbe</name>
    <message>
        <source>Enter an address such as https://jobs.example.com</source>
        <translation>Nhập địa chỉ, ví dụ https://jobs.example.com</translation>
    </message>
    <message>
        <source>That address answered, but it is not a Jobdesk server.</source>
        <translation>Địa chỉ đó có trả lời nhưng không phải máy chủ Jobdesk.</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::Session</name>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Đăng nhập sai quá nhiều lần. Hãy thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your registration is waiting for an administrator&apos;s approval.</source>
        <translation>Đăng ký của bạn đang chờ quản trị viên duyệt.</translation>
    </message>
    <message>
        <source>Please sign in.</source>
        <translation>Vui lòng đăng nhập.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Không đọc được kho mật khẩu: %1</translation>
    </message>
    <message>
        <source>The keychain is not available (%1): you will have to sign in again next time.</source>
        <translation>Kho mật khẩu không dùng được (%1): lần sau bạn sẽ phải đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::SyncEngine</name>
    <message>
        <source>The server&apos;s answer to the time sync was not understood.</source>
        <translation>Không hiểu được câu trả lời của máy chủ khi đồng bộ giờ.</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::TimeTracker</name>
    <message>
        <source>Choose a job to track time on.</source>
        <translation>Hãy chọn việc để tính giờ.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Không có đồng hồ bấm giờ nào đang chạy.</translation>
    </message>
    <message>
        <source>This time away has already been answered.</source>
        <translation>Khoảng vắng mặt này đã được trả lời.</translation>
    </message>
    <message>
        <source>Choose a job for this time.</source>
        <translation>Hãy chọn việc cho khoảng thời gian này.</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::UploadQueue</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s check of %1 failed: what arrived does not match the file as it was when it was added. Did the file change? Retry to upload it again.</source>
        <translation>Máy chủ kiểm tra %1 không đạt: dữ liệu nhận được không khớp với tệp lúc được thêm. Tệp có thay đổi không? Bấm Thử lại để tải lên lại.</translation>
    </message>
    <message>
        <source>A part of %1 arrived damaged twice. Retry to upload it again.</source>
        <translation>Một phần của %1 bị hỏng hai lần. Bấm Thử lại để tải lên lại.</translation>
    </message>
    <message>
        <source>The server no longer accepts this upload of %1 (%2). Retry to upload it again.</source>
        <translation>Máy chủ không còn nhận lần tải lên %1 này (%2). Bấm Thử lại để tải lên lại.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 không phải tệp đọc được.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 trống.</translation>
    </message>
    <message>
        <source>%1 is no longer there. Add it again to upload it.</source>
        <translation>%1 không còn ở đó. Hãy thêm lại để tải lên.</translation>
    </message>
    <message>
        <source>%1 changed after it was added, so it was not uploaded as a mix of two versions. Retry to upload the file as it is now.</source>
        <translation>%1 đã thay đổi sau khi được thêm nên không bị tải lên lẫn lộn hai phiên bản. Bấm Thử lại để tải lên tệp như hiện tại.</translation>
    </message>
</context>
<context>
    <name>jobdesk::net::X11IdleSource</name>
    <message>
        <source>X11 screen saver extension</source>
        <translation>Phần mở rộng bảo vệ màn hình X11</translation>
    </message>
    <message>
        <source>No X11 display with the screen saver extension.</source>
        <translation>Không có màn hình X11 hỗ trợ phần mở rộng bảo vệ màn hình.</translation>
    </message>
    <message>
        <source>The X server did not answer the idle query.</source>
        <translation>X server không trả lời truy vấn thời gian rảnh.</translation>
    </message>
    <message>
        <source>This build has no X11 screen saver support.</source>
        <translation>Bản dựng này không hỗ trợ bảo vệ màn hình X11.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AdminFormat</name>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
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
        <translation>Vận hành Jobdesk — %1</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Điều phối</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Cộng tác viên</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>Bảng chấm công</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Phân tích</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Duyệt (%1)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;This page is on its way.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Trang này sắp có.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Jobdesk</source>
        <translation>&amp;Jobdesk</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Việc mới…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tù&amp;y chọn…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Đã đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <source>Offline — changes by others are not shown</source>
        <translation>Ngoại tuyến — không hiện thay đổi của người khác</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AdvancedDialog</name>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>Trust a certificate authority file</source>
        <translation>Tin cậy tệp của cơ quan cấp chứng chỉ</translation>
    </message>
    <message>
        <source>If your organisation runs its own certificate authority, choose the CA file it gave you (PEM). Jobdesk trusts it in addition to the authorities this computer trusts, and still checks every server&apos;s certificate.</source>
        <translation>Nếu tổ chức của bạn có cơ quan cấp chứng chỉ riêng, hãy chọn tệp CA mà họ đã đưa cho bạn (PEM). Jobdesk tin cậy tệp này bên cạnh các cơ quan mà máy tính này tin cậy, và vẫn kiểm tra chứng chỉ của mọi máy chủ.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AnalyticsCharts</name>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>%1 created, %2 completed</source>
        <translation>%1 đã tạo, %2 hoàn thành</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 việc</translation>
    </message>
    <message>
        <source>To assignment</source>
        <translation>Đến khi giao</translation>
    </message>
    <message>
        <source>To completion</source>
        <translation>Đến khi hoàn thành</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Phân vị 90</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>Số giờ trung vị</translation>
    </message>
    <message>
        <source>P90 hours</source>
        <translation>Số giờ P90</translation>
    </message>
    <message>
        <source>Over %1 assigned and %2 completed jobs</source>
        <translation>Trên %1 việc đã giao và %2 việc hoàn thành</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Vẫn đang mở</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Lời mời</translation>
    </message>
    <message>
        <source>No offers in this period</source>
        <translation>Không có lời mời nào trong giai đoạn này</translation>
    </message>
    <message>
        <source>%1 of %2 offers accepted</source>
        <translation>%1 trên %2 lời mời được nhận</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>%1 of reviewed jobs needed a revision</source>
        <translation>%1 số việc đã duyệt cần sửa lại</translation>
    </message>
    <message>
        <source>Nothing reviewed in this period</source>
        <translation>Không có gì được duyệt trong giai đoạn này</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Cộng tác viên</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Available hours</source>
        <translation>Số giờ sẵn sàng</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Mức sử dụng</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Mức sử dụng (%)</translation>
    </message>
    <message>
        <source>Hours tracked against the hours each worker is available</source>
        <translation>Số giờ đã tính so với số giờ sẵn sàng của mỗi cộng tác viên</translation>
    </message>
    <message>
        <source>Week start</source>
        <translation>Đầu tuần</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>Tổng %1</translation>
    </message>
    <message>
        <source>Approved hours</source>
        <translation>Số giờ đã duyệt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Thu nhập</translation>
    </message>
    <message>
        <source>Approved first time: %1</source>
        <translation>Duyệt ngay lần đầu: %1</translation>
    </message>
    <message>
        <source>Needed a revision: %1</source>
        <translation>Cần sửa lại: %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AnalyticsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 ngày qua</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Tùy chọn khoảng</translation>
    </message>
    <message>
        <source>Loading %v of %m</source>
        <translation>Đang tải %v trên %m</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Việc đã tạo</translation>
    </message>
    <message>
        <source>Jobs completed</source>
        <translation>Việc hoàn thành</translation>
    </message>
    <message>
        <source>Offers accepted</source>
        <translation>Lời mời được nhận</translation>
    </message>
    <message>
        <source>Revision rate</source>
        <translation>Tỷ lệ sửa lại</translation>
    </message>
    <message>
        <source>Hours tracked</source>
        <translation>Số giờ đã tính</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Thu nhập</translation>
    </message>
    <message>
        <source>Jobs created and completed per day</source>
        <translation>Việc tạo và hoàn thành mỗi ngày</translation>
    </message>
    <message>
        <source>Jobs by state</source>
        <translation>Việc theo trạng thái</translation>
    </message>
    <message>
        <source>Time to assignment and to completion</source>
        <translation>Thời gian đến khi giao và đến khi hoàn thành</translation>
    </message>
    <message>
        <source>Offer outcomes</source>
        <translation>Kết quả lời mời</translation>
    </message>
    <message>
        <source>Worker utilisation</source>
        <translation>Mức sử dụng cộng tác viên</translation>
    </message>
    <message>
        <source>Hours tracked per week</source>
        <translation>Số giờ đã tính mỗi tuần</translation>
    </message>
    <message>
        <source>Earnings per worker</source>
        <translation>Thu nhập theo cộng tác viên</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Ngày kết thúc ở trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Job figures: %1</source>
        <translation>Số liệu việc: %1</translation>
    </message>
    <message>
        <source>Time figures: %1</source>
        <translation>Số liệu giờ: %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Không có</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AppFlow</name>
    <message>
        <source>Please sign in again: %1</source>
        <translation>Vui lòng đăng nhập lại: %1</translation>
    </message>
    <message>
        <source>Jobdesk</source>
        <translation>Jobdesk</translation>
    </message>
    <message>
        <source>Your local time data could not be opened: %1</source>
        <translation>Không mở được dữ liệu giờ làm trên máy: %1</translation>
    </message>
    <message>
        <source>Local data unavailable: %1</source>
        <translation>Dữ liệu trên máy không dùng được: %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AttachmentList</name>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Attachments are not available here.</source>
        <translation>Không dùng được tệp đính kèm ở đây.</translation>
    </message>
    <message>
        <source>Files are uploaded when the job is saved.</source>
        <translation>Tệp sẽ được tải lên khi lưu việc.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/giây</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>Đang chờ mạng…</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Đang đính kèm…</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Đã đính kèm</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Uploaded on save</source>
        <translation>Tải lên khi lưu</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Đang xếp hàng</translation>
    </message>
    <message>
        <source>Uploads go on if you close this window.</source>
        <translation>Tải lên vẫn tiếp tục nếu bạn đóng cửa sổ này.</translation>
    </message>
    <message>
        <source>%p% · %1</source>
        <translation>%p% · %1</translation>
    </message>
    <message>
        <source>%1 attached, %2 failed.</source>
        <translation>%1 đã đính kèm, %2 lỗi.</translation>
    </message>
    <message>
        <source>All files attached.</source>
        <translation>Đã đính kèm mọi tệp.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AuditPage</name>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Show unchanged fields</source>
        <translation>Hiện các trường không đổi</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Tải thêm</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Mọi thao tác</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>Mã việc</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Người dùng %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>Không tải được nhật ký thao tác: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>Đang hiện %n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>, more available</source>
        <translation>, còn nữa</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Không có gì khớp bộ lọc.</translation>
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
        <translation>Không xóa được %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AvailabilityEditor</name>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Thêm khung giờ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AwayPrompt</name>
    <message>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Giao</translation>
    </message>
    <message>
        <source>Count the time away on the job the timer was running for.</source>
        <translation>Tính khoảng vắng mặt vào việc mà đồng hồ đang chạy.</translation>
    </message>
    <message>
        <source>Leave the time away out of your timesheet.</source>
        <translation>Không tính khoảng vắng mặt vào bảng chấm công.</translation>
    </message>
    <message>
        <source>What you did (e.g. a call about this job)</source>
        <translation>Bạn đã làm gì (vd. một cuộc gọi về việc này)</translation>
    </message>
    <message>
        <source>or assign it to</source>
        <translation>hoặc tính cho</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Việc %1</translation>
    </message>
    <message>
        <source>You seem to be away since %1. The timer is not counting until you are back.</source>
        <translation>Có vẻ bạn vắng mặt từ %1. Đồng hồ tạm ngừng tính cho đến khi bạn quay lại.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>You were away %1 (%2) while timing “%3”. This time is not counted unless you keep it.</source>
        <translation>Bạn đã vắng mặt %1 (%2) khi đang tính giờ “%3”. Khoảng này không được tính trừ khi bạn giữ lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n more time away to review after this one.</source>
        <translation>
            <numerusform>Còn %n khoảng vắng mặt cần xem sau khoảng này.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other job</source>
        <translation>Không có việc khác</translation>
    </message>
    <message>
        <source>The time away counts.</source>
        <translation>Khoảng vắng mặt được tính.</translation>
    </message>
    <message>
        <source>The time away is left out.</source>
        <translation>Khoảng vắng mặt không được tính.</translation>
    </message>
    <message>
        <source>Time away from the computer</source>
        <translation>Thời gian rời máy tính</translation>
    </message>
    <message>
        <source>The time away now counts on “%1”.</source>
        <translation>Khoảng vắng mặt giờ được tính cho “%1”.</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>Không lưu được câu trả lời: %1</translation>
    </message>
    <message>
        <source>The computer was asleep or its clock was changed %1 (%2) while the timer ran for “%3”. This time is not counted unless you keep it.</source>
        <translation>Máy tính đã ở chế độ ngủ hoặc đồng hồ của máy đã bị đổi %1 (%2) khi đang tính giờ “%3”. Khoảng này không được tính trừ khi bạn giữ lại.</translation>
    </message>
    <message>
        <source>The time the computer was asleep counts.</source>
        <translation>Khoảng máy tính ngủ được tính.</translation>
    </message>
    <message>
        <source>The time the computer was asleep is left out.</source>
        <translation>Khoảng máy tính ngủ không được tính.</translation>
    </message>
    <message>
        <source>Time while the computer was asleep</source>
        <translation>Thời gian máy tính ở chế độ ngủ</translation>
    </message>
    <message>
        <source>The time the computer was asleep now counts on “%1”.</source>
        <translation>Khoảng máy tính ngủ giờ được tính cho “%1”.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::CaFileField</name>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>System only</source>
        <translation>Chỉ của hệ thống</translation>
    </message>
    <message>
        <source>None: the authorities this computer trusts</source>
        <translation>Không có: các cơ quan mà máy tính này tin cậy</translation>
    </message>
    <message>
        <source>Trust only the certificate authorities of this computer</source>
        <translation>Chỉ tin cậy các cơ quan cấp chứng chỉ của máy tính này</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Tệp của cơ quan cấp chứng chỉ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer *.der);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::CandidatePanel</name>
    <message>
        <source>Dispatch</source>
        <translation>Điều phối</translation>
    </message>
    <message>
        <source>Offer…</source>
        <translation>Mời nhận…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Giao</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>Hủy việc…</translation>
    </message>
    <message>
        <source>Ranked candidates</source>
        <translation>Ứng viên xếp hạng</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Không đủ điều kiện</translation>
    </message>
    <message>
        <source>Offer the job to the selected candidate, with an acceptance window</source>
        <translation>Mời ứng viên đã chọn nhận việc, kèm thời hạn nhận</translation>
    </message>
    <message>
        <source>Give the job to the selected candidate without an offer</source>
        <translation>Giao việc cho ứng viên đã chọn, không cần mời</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bởi</translation>
    </message>
    <message>
        <source>Select a job on the board to see its candidates.</source>
        <translation>Chọn một việc trên bảng để xem ứng viên.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Ranking workers…</source>
        <translation>Đang xếp hạng cộng tác viên…</translation>
    </message>
    <message>
        <source>This server does not rank candidates yet.</source>
        <translation>Máy chủ này chưa xếp hạng ứng viên.</translation>
    </message>
    <message>
        <source>The ranking could not be loaded: %1</source>
        <translation>Không tải được bảng xếp hạng: %1</translation>
    </message>
    <message>
        <source>Ranked candidates (%1)</source>
        <translation>Ứng viên xếp hạng (%1)</translation>
    </message>
    <message>
        <source>Not eligible (%1)</source>
        <translation>Không đủ điều kiện (%1)</translation>
    </message>
    <message>
        <source>Nobody is eligible right now: see the reasons below.</source>
        <translation>Hiện không ai đủ điều kiện: xem lý do bên dưới.</translation>
    </message>
    <message>
        <source>Score out of 100, ranked %1. Expand a worker for the reasons.</source>
        <translation>Điểm trên thang 100, xếp hạng %1. Mở rộng một cộng tác viên để xem lý do.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Không tải được lịch sử: %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>%1 urgency</source>
        <translation>Mức khẩn: %1</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>hạn %1 (%2)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>không có hạn</translation>
    </message>
    <message>
        <source>estimate %1</source>
        <translation>ước tính %1</translation>
    </message>
    <message>
        <source>%1 %2+</source>
        <translation>%1 %2+</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n lần sửa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offered to %1</source>
        <translation>Đã mời %1</translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation>Do %1 đảm nhận</translation>
    </message>
    <message>
        <source>Re-dispatch</source>
        <translation>Điều phối lại</translation>
    </message>
    <message>
        <source>Re-dispatch…</source>
        <translation>Điều phối lại…</translation>
    </message>
    <message>
        <source>Start the offer cascade: the best candidates get the offer in turn</source>
        <translation>Bắt đầu mời lần lượt: các ứng viên tốt nhất lần lượt nhận lời mời</translation>
    </message>
    <message>
        <source>Take the job back from its worker and start the cascade again</source>
        <translation>Thu hồi việc từ cộng tác viên và bắt đầu mời lần lượt lại</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ChartCard</name>
    <message>
        <source>Save image…</source>
        <translation>Lưu hình…</translation>
    </message>
    <message>
        <source>Save data…</source>
        <translation>Lưu dữ liệu…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Lưu biểu đồ thành ảnh PNG</translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV</source>
        <translation>Lưu số liệu của biểu đồ thành CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>Không ghi được hình vào %1.</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Lưu hình biểu đồ</translation>
    </message>
    <message>
        <source>Save chart data</source>
        <translation>Lưu dữ liệu biểu đồ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DeclineDialog</name>
    <message>
        <source>Decline offer</source>
        <translation>Từ chối lời mời</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Chọn lý do…</translation>
    </message>
    <message>
        <source>I don&apos;t have time right now</source>
        <translation>Hiện tôi không có thời gian</translation>
    </message>
    <message>
        <source>Outside my skills</source>
        <translation>Ngoài kỹ năng của tôi</translation>
    </message>
    <message>
        <source>The deadline is too tight</source>
        <translation>Hạn chót quá gấp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Anything the team should know (optional unless &quot;Other&quot;)</source>
        <translation>Điều đội ngũ nên biết (không bắt buộc, trừ khi chọn &quot;Khác&quot;)</translation>
    </message>
    <message>
        <source>Decline &lt;b&gt;%1&lt;/b&gt;? The job goes to another worker.</source>
        <translation>Từ chối &lt;b&gt;%1&lt;/b&gt;? Việc sẽ chuyển cho cộng tác viên khác.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DispatchBoard</name>
    <message>
        <source>Cascade started: offered to %1.</source>
        <translation>Đã bắt đầu mời lần lượt: đã mời %1.</translation>
    </message>
    <message>
        <source>Nobody is eligible for this job, so it stays pending and is flagged. The reasons are listed under “Not eligible”.</source>
        <translation>Không ai đủ điều kiện nhận việc này nên việc vẫn chờ và được gắn cờ. Lý do nằm ở mục “Không đủ điều kiện”.</translation>
    </message>
    <message>
        <source>A cascade is already running for this job.</source>
        <translation>Việc này đang được mời lần lượt rồi.</translation>
    </message>
    <message>
        <source>The job could not be dispatched: %1</source>
        <translation>Không điều phối được việc: %1</translation>
    </message>
    <message>
        <source>Re-dispatch the job</source>
        <translation>Điều phối lại việc</translation>
    </message>
    <message>
        <source>Take “%1” back from %2 and offer it to the best candidates again?</source>
        <translation>Thu hồi “%1” từ %2 và mời lại các ứng viên tốt nhất?</translation>
    </message>
    <message>
        <source>its worker</source>
        <translation>cộng tác viên đang làm</translation>
    </message>
    <message>
        <source>Re-dispatch</source>
        <translation>Điều phối lại</translation>
    </message>
    <message>
        <source>The job could not be taken back: %1</source>
        <translation>Không thu hồi được việc: %1</translation>
    </message>
    <message>
        <source>The offer could not be made: %1</source>
        <translation>Không gửi được lời mời: %1</translation>
    </message>
    <message>
        <source>Offered to %1; %2 to accept.</source>
        <translation>Đã mời %1; còn %2 để nhận.</translation>
    </message>
    <message>
        <source>Assign directly</source>
        <translation>Giao trực tiếp</translation>
    </message>
    <message>
        <source>Give “%1” to %2 now, without an offer to accept?</source>
        <translation>Giao “%1” cho %2 ngay, không cần lời mời?</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Giao</translation>
    </message>
    <message>
        <source>The job could not be assigned: %1</source>
        <translation>Không giao được việc: %1</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Đã giao cho %1.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Hủy việc</translation>
    </message>
    <message>
        <source>Cancel “%1”? Open offers are withdrawn and its worker is told. This cannot be undone.</source>
        <translation>Hủy “%1”? Các lời mời đang mở sẽ bị rút lại và cộng tác viên được báo. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>Không hủy được việc: %1</translation>
    </message>
    <message>
        <source>Job cancelled.</source>
        <translation>Đã hủy việc.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Không lưu được thiết lập: %1</translation>
    </message>
    <message>
        <source>New jobs are now dispatched automatically.</source>
        <translation>Việc mới giờ được điều phối tự động.</translation>
    </message>
    <message>
        <source>New jobs now wait for an admin to dispatch them.</source>
        <translation>Việc mới giờ chờ quản trị viên điều phối.</translation>
    </message>
    <message>
        <source>Job saved.</source>
        <translation>Đã lưu việc.</translation>
    </message>
    <message>
        <source>Job #%1 created.</source>
        <translation>Đã tạo việc #%1.</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ việc quá hạn</translation>
    </message>
    <message>
        <source>Auto-dispatch new jobs</source>
        <translation>Tự động điều phối việc mới</translation>
    </message>
    <message>
        <source>New job…</source>
        <translation>Việc mới…</translation>
    </message>
    <message>
        <source>Auto-dispatch selected</source>
        <translation>Tự động điều phối việc đã chọn</translation>
    </message>
    <message>
        <source>Search title, client, skill, worker, #id  (Ctrl+F)</source>
        <translation>Tìm việc, khách, kỹ năng, #mã  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Mọi mức khẩn</translation>
    </message>
    <message>
        <source>Normal and above</source>
        <translation>Bình thường trở lên</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Cao trở lên</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Chỉ khẩn cấp</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Start the offer cascade for every job created from now on</source>
        <translation>Bắt đầu mời lần lượt cho mọi việc được tạo từ nay</translation>
    </message>
    <message>
        <source>Start the offer cascade for every selected pending job</source>
        <translation>Bắt đầu mời lần lượt cho mọi việc đang chờ đã chọn</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Đang tải việc…</translation>
    </message>
    <message>
        <source>This server has no automatic dispatch settings.</source>
        <translation>Máy chủ này không có thiết lập điều phối tự động.</translation>
    </message>
    <message>
        <source>The jobs could not be loaded: %1</source>
        <translation>Không tải được danh sách việc: %1</translation>
    </message>
    <message>
        <source>Could not refresh the board: %1</source>
        <translation>Không làm mới được bảng: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open job(s)</source>
        <translation>
            <numerusform>%n việc đang mở</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n need(s) attention</source>
        <translation>
            <numerusform> · %n việc cần xử lý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n việc quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source> · filtered</source>
        <translation> · đã lọc</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DispatchBoardModel</name>
    <message>
        <source>%1 d %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Offered (matching)</source>
        <translation>Đã mời (đang ghép)</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>Yêu cầu sửa lại</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Cộng tác viên #%1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức khẩn</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Offer / worker</source>
        <translation>Lời mời / cộng tác viên</translation>
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
        <translation>Đã mời</translation>
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
        <translation>Không có hạn</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>Quá hạn %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Còn %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Tạo %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DispatchRunDialog</name>
    <message>
        <source>Auto-dispatch</source>
        <translation>Tự động điều phối</translation>
    </message>
    <message numerus="yes">
        <source>Dispatching %n job(s)…</source>
        <translation>
            <numerusform>Đang điều phối %n việc…</numerusform>
        </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Việc #%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 of %2 jobs offered.</source>
        <translation>Đã mời %1 trên %2 việc.</translation>
    </message>
    <message>
        <source>Auto-dispatch failed: %1</source>
        <translation>Tự động điều phối thất bại: %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DispatchWords</name>
    <message>
        <source>Skill fit</source>
        <translation>Độ hợp kỹ năng</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Thời gian rảnh</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Khối lượng việc</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Công bằng</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức khẩn</translation>
    </message>
    <message>
        <source>Account is not active</source>
        <translation>Tài khoản không hoạt động</translation>
    </message>
    <message>
        <source>Lacks a required skill</source>
        <translation>Thiếu kỹ năng bắt buộc</translation>
    </message>
    <message>
        <source>Lacks the skill %1</source>
        <translation>Thiếu kỹ năng %1</translation>
    </message>
    <message>
        <source>%1 level %2, needs %3</source>
        <translation>%1 bậc %2, cần %3</translation>
    </message>
    <message>
        <source>Skill level too low</source>
        <translation>Bậc kỹ năng quá thấp</translation>
    </message>
    <message>
        <source>At capacity: holds %1 of %2 jobs</source>
        <translation>Đã đủ tải: đang làm %1 trên %2 việc</translation>
    </message>
    <message>
        <source>At capacity</source>
        <translation>Đã đủ tải</translation>
    </message>
    <message>
        <source>No free time before the due date</source>
        <translation>Không có thời gian rảnh trước hạn</translation>
    </message>
    <message>
        <source>Declined this job before, or let its offer expire</source>
        <translation>Đã từ chối việc này, hoặc để lời mời hết hạn</translation>
    </message>
    <message>
        <source>Already holds a pending offer for this job</source>
        <translation>Đang có lời mời chờ trả lời cho việc này</translation>
    </message>
    <message>
        <source>Not eligible (%1)</source>
        <translation>Không đủ điều kiện (%1)</translation>
    </message>
    <message>
        <source>Not eligible (%1: %2)</source>
        <translation>Không đủ điều kiện (%1: %2)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Đã mời</translation>
    </message>
    <message>
        <source>Offered to %1</source>
        <translation>Đã mời %1</translation>
    </message>
    <message>
        <source>Nobody eligible: flagged for attention</source>
        <translation>Không ai đủ điều kiện: đã gắn cờ cần xử lý</translation>
    </message>
    <message>
        <source>Nobody eligible: %1</source>
        <translation>Không ai đủ điều kiện: %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Job created</source>
        <translation>Đã tạo việc</translation>
    </message>
    <message>
        <source>Job edited</source>
        <translation>Đã sửa việc</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Đã đính kèm tệp</translation>
    </message>
    <message>
        <source>Assigned directly to %1</source>
        <translation>Đã giao trực tiếp cho %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Work submitted for review</source>
        <translation>Đã nộp bài để duyệt</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Chuyển từ %1 sang %2</translation>
    </message>
    <message>
        <source>Offer made by an admin</source>
        <translation>Quản trị viên đã gửi lời mời</translation>
    </message>
    <message>
        <source>Offer accepted by %1</source>
        <translation>%1 đã nhận lời mời</translation>
    </message>
    <message>
        <source>Last open offer declined: back to pending</source>
        <translation>Lời mời cuối bị từ chối: quay lại trạng thái chờ</translation>
    </message>
    <message>
        <source>Last open offer expired: back to pending</source>
        <translation>Lời mời cuối đã hết hạn: quay lại trạng thái chờ</translation>
    </message>
    <message>
        <source>Ranked: nobody eligible, %1 left out</source>
        <translation>Đã xếp hạng: không ai đủ điều kiện, loại %1</translation>
    </message>
    <message>
        <source>Ranked %1 eligible (best: %2), %3 left out</source>
        <translation>Đã xếp hạng %1 người đủ điều kiện (tốt nhất: %2), loại %3</translation>
    </message>
    <message>
        <source>Cascade offered the job to %1 (rank %2)</source>
        <translation>Mời lần lượt: đã mời %1 (hạng %2)</translation>
    </message>
    <message>
        <source>Cascade offered the job to %1</source>
        <translation>Mời lần lượt: đã mời %1</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 đã từ chối</translation>
    </message>
    <message>
        <source>%1 declined: “%2”</source>
        <translation>%1 đã từ chối: “%2”</translation>
    </message>
    <message>
        <source>The offer to %1 expired</source>
        <translation>Lời mời gửi %1 đã hết hạn</translation>
    </message>
    <message>
        <source>Cascade ended: flagged for attention</source>
        <translation>Mời lần lượt đã kết thúc: gắn cờ cần xử lý</translation>
    </message>
    <message>
        <source>Cascade ended (%1): flagged for attention</source>
        <translation>Mời lần lượt đã kết thúc (%1): gắn cờ cần xử lý</translation>
    </message>
    <message>
        <source>Cascade stopped by an admin</source>
        <translation>Quản trị viên đã dừng mời lần lượt</translation>
    </message>
    <message>
        <source>Cascade stopped: %1</source>
        <translation>Mời lần lượt đã dừng: %1</translation>
    </message>
    <message>
        <source>%1 accepted: cascade done</source>
        <translation>%1 đã nhận: mời lần lượt hoàn tất</translation>
    </message>
    <message>
        <source>Dispatch: %1</source>
        <translation>Điều phối: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>worker #%1</source>
        <translation>cộng tác viên #%1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DisplayText</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Đã mời</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>Yêu cầu sửa lại</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h %1 min</source>
        <translation>
            <numerusform>%n giờ %1 phút</numerusform>
        </translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>đến hạn ngay</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>trễ %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Còn %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::EntryResolver</name>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Take the server’s</source>
        <translation>Lấy bản trên máy chủ</translation>
    </message>
    <message>
        <source>Edit and resend…</source>
        <translation>Sửa và gửi lại…</translation>
    </message>
    <message>
        <source>Send your copy again; it replaces the server’s.</source>
        <translation>Gửi lại bản của bạn; nó thay thế bản trên máy chủ.</translation>
    </message>
    <message>
        <source>Replace your copy with the server’s.</source>
        <translation>Thay bản của bạn bằng bản trên máy chủ.</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Việc %1</translation>
    </message>
    <message>
        <source>The server did not accept this entry</source>
        <translation>Máy chủ không nhận mục này</translation>
    </message>
    <message>
        <source>Reason: %1
Change what the reason points at (the job, the times) and the entry is sent again.</source>
        <translation>Lý do: %1
Hãy sửa điều mà lý do nhắc đến (việc, thời gian), mục sẽ được gửi lại.</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>không nêu</translation>
    </message>
    <message>
        <source>This entry was changed elsewhere</source>
        <translation>Mục này đã bị sửa ở nơi khác</translation>
    </message>
    <message>
        <source>The server holds another version of it (changed from another device or by an admin). Choose the one to keep; differences are in bold.</source>
        <translation>Máy chủ có một phiên bản khác của mục này (sửa từ thiết bị khác hoặc bởi quản trị viên). Hãy chọn bản cần giữ; chỗ khác nhau được in đậm.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Còn giữ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Bản của bạn</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Trên máy chủ</translation>
    </message>
    <message>
        <source>Your copy is being sent again.</source>
        <translation>Bản của bạn đang được gửi lại.</translation>
    </message>
    <message>
        <source>The server’s copy is now yours too.</source>
        <translation>Bản trên máy chủ giờ cũng là bản của bạn.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ExcludedList</name>
    <message>
        <source>Worker</source>
        <translation>Cộng tác viên</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::GeneralSettings</name>
    <message>
        <source>Start Jobdesk when I sign in to my computer</source>
        <translation>Mở Jobdesk khi tôi đăng nhập vào máy tính</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Theo hệ thống (%1)</translation>
    </message>
    <message>
        <source>Jobdesk starts in the background, signed in if you chose &quot;Keep me signed in&quot;.</source>
        <translation>Jobdesk chạy nền, tự đăng nhập nếu bạn đã chọn &quot;Duy trì đăng nhập&quot;.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>A new language applies after you restart Jobdesk.</source>
        <translation>Ngôn ngữ mới có hiệu lực sau khi bạn khởi động lại Jobdesk.</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Cơ quan cấp chứng chỉ:</translation>
    </message>
    <message>
        <source>Only if your organisation runs its own certificate authority: its CA file, trusted in addition to this computer&apos;s.</source>
        <translation>Chỉ khi tổ chức của bạn có cơ quan cấp chứng chỉ riêng: tệp CA của họ, được tin cậy bên cạnh các cơ quan của máy tính này.</translation>
    </message>
    <message>
        <source>The certificate authority file was not changed: %1</source>
        <translation>Tệp của cơ quan cấp chứng chỉ chưa được thay đổi: %1</translation>
    </message>
    <message>
        <source>Starting with the computer could not be changed: %1</source>
        <translation>Không thay đổi được việc mở cùng máy tính: %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobChat</name>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Write a message to the Jobdesk team…</source>
        <translation>Viết tin nhắn cho đội Jobdesk…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>The chat opens once you accept the job.</source>
        <translation>Trò chuyện sẽ mở khi bạn nhận việc.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Đang tải tin nhắn…</translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation>Không tải được tin nhắn: %1</translation>
    </message>
    <message>
        <source>No messages yet. Questions about the job go here.</source>
        <translation>Chưa có tin nhắn. Câu hỏi về việc hãy gửi ở đây.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>Jobdesk team</source>
        <translation>Đội Jobdesk</translation>
    </message>
    <message>
        <source>%1 (Jobdesk team)</source>
        <translation>%1 (đội Jobdesk)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Chưa gửi: %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobDetailPane</name>
    <message>
        <source>Start work</source>
        <translation>Bắt đầu làm</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Nộp để duyệt</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Nhận lời mời</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Select a job on the left to see its details.</source>
        <translation>Chọn một việc bên trái để xem chi tiết.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Lời mời</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (level %2+)</source>
        <translation>%1 (bậc %2+)</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Không có mô tả.</translation>
    </message>
    <message>
        <source>Start revision</source>
        <translation>Bắt đầu sửa</translation>
    </message>
    <message>
        <source>%1 tracked of %2 estimated</source>
        <translation>Đã tính %1 trên %2 ước tính</translation>
    </message>
    <message>
        <source>%1 tracked</source>
        <translation>Đã tính %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Không có hạn</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobEditorDialog</name>
    <message>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>client reference</source>
        <translation>mã khách hàng</translation>
    </message>
    <message>
        <source>category</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>mức khẩn</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>hạn chót</translation>
    </message>
    <message>
        <source>required skills</source>
        <translation>kỹ năng yêu cầu</translation>
    </message>
    <message>
        <source>description</source>
        <translation>mô tả</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Reload, keep my edits</source>
        <translation>Tải lại, giữ phần tôi sửa</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Việc mới</translation>
    </message>
    <message>
        <source>What is to be done, in a few words</source>
        <translation>Cần làm gì, vài chữ</translation>
    </message>
    <message>
        <source>The client&apos;s order or ticket number</source>
        <translation>Số đơn hàng hoặc số phiếu của khách</translation>
    </message>
    <message>
        <source> h</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>Không ước tính</translation>
    </message>
    <message>
        <source>The brief: what the client wants, sources, format, how the result is checked</source>
        <translation>Yêu cầu: khách muốn gì, nguồn, định dạng, cách kiểm tra kết quả</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức khẩn</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Kỹ năng yêu cầu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Create job</source>
        <translation>Tạo việc</translation>
    </message>
    <message>
        <source>Edit job #%1</source>
        <translation>Sửa việc #%1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Vui lòng sửa các trường được đánh dấu.</translation>
    </message>
    <message>
        <source>Someone else saved this job while you were editing. Reload it to save again: your edits stay.</source>
        <translation>Người khác đã lưu việc này trong lúc bạn sửa. Hãy tải lại để lưu lần nữa: phần bạn sửa vẫn còn.</translation>
    </message>
    <message>
        <source>Someone else changed this job while you were editing (%1). Reload it to save again: fields you did not touch take their new values, your edits stay.</source>
        <translation>Người khác đã thay đổi việc này trong lúc bạn sửa (%1). Hãy tải lại để lưu lần nữa: các trường bạn không đụng tới sẽ nhận giá trị mới, phần bạn sửa vẫn còn.</translation>
    </message>
    <message>
        <source>%1 Nothing was lost: try again when the server is back.</source>
        <translation>%1 Không mất gì cả: hãy thử lại khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Job #%1 saved: uploading attachments</source>
        <translation>Đã lưu việc #%1: đang tải tệp đính kèm lên</translation>
    </message>
    <message>
        <source>Some files could not be queued; see the list.</source>
        <translation>Một số tệp không xếp hàng được; xem danh sách.</translation>
    </message>
    <message>
        <source>Reloaded. Their changes are in; your edits are kept. Save to apply them.</source>
        <translation>Đã tải lại. Thay đổi của họ đã có; phần bạn sửa vẫn giữ. Bấm lưu để áp dụng.</translation>
    </message>
    <message>
        <source>Reloaded. You and they both changed: %1. Yours is shown; save to keep it.</source>
        <translation>Đã tải lại. Cả bạn và họ đều đã sửa: %1. Đang hiện bản của bạn; bấm lưu để giữ.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobQueueDelegate</name>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobQueueModel</name>
    <message>
        <source>Offers</source>
        <translation>Lời mời</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>Yêu cầu sửa lại</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation>
            <numerusform>%n tin nhắn chưa đọc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobQueueView</name>
    <message>
        <source>Search jobs  (Ctrl+F)</source>
        <translation>Tìm việc  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Tất cả việc</translation>
    </message>
    <message>
        <source>Loading your jobs…</source>
        <translation>Đang tải việc của bạn…</translation>
    </message>
    <message>
        <source>No jobs match your search.</source>
        <translation>Không có việc nào khớp tìm kiếm.</translation>
    </message>
    <message>
        <source>No jobs yet.
New offers appear here as soon as an admin sends them.</source>
        <translation>Chưa có việc.
Lời mời mới sẽ hiện ở đây ngay khi quản trị viên gửi.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JsonDiff</name>
    <message>
        <source>No changes.</source>
        <translation>Không có thay đổi.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::LoginWindow</name>
    <message>
        <source>Keep me signed in</source>
        <translation>Duy trì đăng nhập</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign in — Jobdesk</source>
        <translation>Đăng nhập — Jobdesk</translation>
    </message>
    <message>
        <source>https://jobs.example.com</source>
        <translation>https://jobs.example.com</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>ban@example.com</translation>
    </message>
    <message>
        <source>Sign in to Jobdesk</source>
        <translation>Đăng nhập Jobdesk</translation>
    </message>
    <message>
        <source>Your jobs, offers and time in one place.</source>
        <translation>Việc, lời mời và giờ làm của bạn ở cùng một nơi.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Register as a new worker</source>
        <translation>Đăng ký làm cộng tác viên mới</translation>
    </message>
    <message>
        <source>The email or password is not right. Check both and try again.</source>
        <translation>Email hoặc mật khẩu không đúng. Hãy kiểm tra cả hai và thử lại.</translation>
    </message>
    <message>
        <source>Your account is waiting for an admin&apos;s approval. You can sign in once it is approved.</source>
        <translation>Tài khoản của bạn đang chờ quản trị viên duyệt. Bạn có thể đăng nhập sau khi được duyệt.</translation>
    </message>
    <message>
        <source>This account is disabled. Contact your Jobdesk admin.</source>
        <translation>Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên Jobdesk.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. %1</source>
        <translation>Đăng nhập sai quá nhiều lần. %1</translation>
    </message>
    <message>
        <source>Enter your server&apos;s address, for example https://jobs.example.com.</source>
        <translation>Nhập địa chỉ máy chủ, ví dụ https://jobs.example.com.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Nhập email và mật khẩu.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Advanced…</source>
        <translation>Nâng cao…</translation>
    </message>
    <message>
        <source>Trust a certificate authority file</source>
        <translation>Tin cậy tệp của cơ quan cấp chứng chỉ</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ManualEntryDialog</name>
    <message>
        <source>Add time</source>
        <translation>Thêm giờ</translation>
    </message>
    <message>
        <source>What you worked on (optional)</source>
        <translation>Bạn đã làm gì (không bắt buộc)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Edit time entry</source>
        <translation>Sửa mục giờ làm</translation>
    </message>
    <message>
        <source>Choose a job.</source>
        <translation>Hãy chọn một việc.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Giờ kết thúc phải sau giờ bắt đầu.</translation>
    </message>
    <message>
        <source>One entry can be at most 24 hours.</source>
        <translation>Mỗi mục dài tối đa 24 giờ.</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Thời lượng: %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::OfferDialog</name>
    <message>
        <source>Offer the job</source>
        <translation>Mời nhận việc</translation>
    </message>
    <message>
        <source>Offer &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;. The offer lapses if it is not accepted in time.</source>
        <translation>Mời &lt;b&gt;%2&lt;/b&gt; nhận &lt;b&gt;%1&lt;/b&gt;. Lời mời hết hiệu lực nếu không được nhận kịp thời.</translation>
    </message>
    <message>
        <source>Time to accept</source>
        <translation>Thời hạn nhận</translation>
    </message>
    <message>
        <source>Send offer</source>
        <translation>Gửi lời mời</translation>
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
        <translation>Cộng tác viên</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation>điểm %1 trên 100</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::RegisterDialog</name>
    <message>
        <source>Register as a new worker</source>
        <translation>Đăng ký làm cộng tác viên mới</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Ít nhất 12 ký tự</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>An admin reviews every new account before it can sign in.</source>
        <translation>Quản trị viên duyệt mọi tài khoản mới trước khi có thể đăng nhập.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Thanks! Your account is registered. An admin must approve it before you can sign in.</source>
        <translation>Cảm ơn! Tài khoản đã được đăng ký. Quản trị viên phải duyệt trước khi bạn đăng nhập được.</translation>
    </message>
    <message>
        <source>Fill in your name, email and a password.</source>
        <translation>Điền tên, email và mật khẩu.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Đang đăng ký…</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ReviewPane</name>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Request revision</source>
        <translation>Yêu cầu sửa lại</translation>
    </message>
    <message>
        <source>Version and files</source>
        <translation>Phiên bản và tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Không chấm điểm</translation>
    </message>
    <message>
        <source>★ 1 — poor</source>
        <translation>★ 1 — kém</translation>
    </message>
    <message>
        <source>★★ 2 — below expectations</source>
        <translation>★★ 2 — dưới kỳ vọng</translation>
    </message>
    <message>
        <source>★★★ 3 — as expected</source>
        <translation>★★★ 3 — đúng kỳ vọng</translation>
    </message>
    <message>
        <source>★★★★ 4 — good</source>
        <translation>★★★★ 4 — tốt</translation>
    </message>
    <message>
        <source>★★★★★ 5 — excellent</source>
        <translation>★★★★★ 5 — xuất sắc</translation>
    </message>
    <message>
        <source>A note to the worker. Required to request a revision: say what needs to change.</source>
        <translation>Ghi chú cho cộng tác viên. Bắt buộc khi yêu cầu sửa lại: nói rõ cần sửa gì.</translation>
    </message>
    <message>
        <source>Select a job to review its delivered work.</source>
        <translation>Chọn một việc để duyệt bài đã nộp.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Delivered versions</source>
        <translation>Các phiên bản đã nộp</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Download stopped; nothing was saved.</source>
        <translation>Tải xuống đã dừng; chưa lưu gì.</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 (%4/s)</source>
        <translation>Đang tải %1: %2 trên %3 (%4/giây)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Tải xuống thất bại: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bởi %1</translation>
    </message>
    <message>
        <source>worker #%1</source>
        <translation>cộng tác viên #%1</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>hạn %1 (%2)</translation>
    </message>
    <message>
        <source>first delivery, no revisions yet</source>
        <translation>lần nộp đầu, chưa sửa lần nào</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) requested so far</source>
        <translation>
            <numerusform>Đã yêu cầu sửa %n lần</numerusform>
        </translation>
    </message>
    <message>
        <source>The versions could not be loaded: %1</source>
        <translation>Không tải được các phiên bản: %1</translation>
    </message>
    <message>
        <source>Version %1 · submitted %2</source>
        <translation>Phiên bản %1 · nộp %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker’s note: %1</source>
        <translation>Ghi chú của cộng tác viên: %1</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Tải xuống…</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Duyệt: %1</translation>
    </message>
    <message>
        <source>No delivered files.</source>
        <translation>Không có tệp đã nộp.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Lưu %1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Đang tải %1…</translation>
    </message>
    <message>
        <source>Say what needs to change: a revision needs a note for the worker.</source>
        <translation>Hãy nói rõ cần sửa gì: yêu cầu sửa lại cần có ghi chú cho cộng tác viên.</translation>
    </message>
    <message>
        <source>Approved: the job is completed.</source>
        <translation>Đã duyệt: việc đã hoàn thành.</translation>
    </message>
    <message>
        <source>Sent back for revision.</source>
        <translation>Đã gửi lại để sửa.</translation>
    </message>
    <message>
        <source>The job changed while you reviewed it; it is reloaded. Check it and decide again.</source>
        <translation>Việc đã thay đổi trong lúc bạn duyệt; đã tải lại. Hãy xem và quyết định lại.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ReviewQueue</name>
    <message>
        <source>Search jobs in review</source>
        <translation>Tìm việc đang chờ duyệt</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Cộng tác viên</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Số lần sửa</translation>
    </message>
    <message>
        <source>The review queue could not be loaded: %1</source>
        <translation>Không tải được hàng chờ duyệt: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Không có gì cần duyệt.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting for review</source>
        <translation>
            <numerusform>%n việc đang chờ duyệt</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · đang hiện %1</translation>
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
        <translation>Tùy chọn</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::SkillRequirementsEdit</name>
    <message>
        <source>Add skill</source>
        <translation>Thêm kỹ năng</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Bậc tối thiểu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Remove this skill</source>
        <translation>Gỡ kỹ năng này</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::SkillsEditor</name>
    <message>
        <source>Skill</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Level (1–5)</source>
        <translation>Bậc (1–5)</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Thêm kỹ năng</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::TimerBar</name>
    <message>
        <source>Add time…</source>
        <translation>Thêm giờ…</translation>
    </message>
    <message>
        <source>No jobs to track yet</source>
        <translation>Chưa có việc để tính giờ</translation>
    </message>
    <message>
        <source>The timer could not be saved: %1</source>
        <translation>Không lưu được đồng hồ bấm giờ: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Hôm nay %1</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Bảng chấm công</translation>
    </message>
    <message numerus="yes">
        <source>%n entries rejected: %1</source>
        <translation>
            <numerusform>%n mục bị từ chối: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries changed elsewhere: choose which to keep</source>
        <translation>
            <numerusform>%n mục bị sửa ở nơi khác: chọn bản cần giữ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to sync</source>
        <translation>
            <numerusform>%n mục đang chờ đồng bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries will sync when you are back online</source>
        <translation>
            <numerusform>%n mục sẽ đồng bộ khi bạn có mạng trở lại</numerusform>
        </translation>
    </message>
    <message>
        <source>All time synced</source>
        <translation>Đã đồng bộ toàn bộ giờ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::TimesheetDialog</name>
    <message>
        <source>Waiting to sync</source>
        <translation>Chờ đồng bộ</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Đã đồng bộ</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>Changed elsewhere: choose a copy</source>
        <translation>Bị sửa ở nơi khác: chọn một bản</translation>
    </message>
    <message>
        <source>Recovered: awaiting your choice</source>
        <translation>Đã khôi phục: chờ bạn chọn</translation>
    </message>
    <message>
        <source>Time away: awaiting your choice</source>
        <translation>Vắng mặt: chờ bạn chọn</translation>
    </message>
    <message>
        <source>My timesheet</source>
        <translation>Bảng chấm công của tôi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Tuần trước</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Tuần sau ›</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Sửa mục…</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Việc %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week total</source>
        <translation>Tổng tuần</translation>
    </message>
    <message numerus="yes">
        <source>%n entries need your attention: select one to see what to do.</source>
        <translation>
            <numerusform>%n mục cần bạn xử lý: chọn một mục để xem cần làm gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry locked</source>
        <translation>Mục đã khóa</translation>
    </message>
    <message>
        <source>This week&apos;s timesheet is approved; the entry can no longer change.</source>
        <translation>Bảng chấm công tuần này đã được duyệt; mục không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Saved; the entry is sent again.</source>
        <translation>Đã lưu; mục sẽ được gửi lại.</translation>
    </message>
    <message>
        <source>Computer asleep or clock changed: awaiting your choice</source>
        <translation>Máy ngủ hoặc đồng hồ bị đổi: chờ bạn chọn</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::TimesheetsPage</name>
    <message>
        <source>Approve week</source>
        <translation>Duyệt tuần</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Worker / entry</source>
        <translation>Cộng tác viên / mục</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Entries / job</source>
        <translation>Số mục / việc</translation>
    </message>
    <message>
        <source>Rate / h</source>
        <translation>Đơn giá / giờ</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Thu nhập</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Go to the week of a date</source>
        <translation>Đến tuần của một ngày</translation>
    </message>
    <message>
        <source>Lock the week: its entries can no longer change and the hours and rate are frozen for payroll.</source>
        <translation>Khóa tuần: các mục không thể thay đổi, số giờ và đơn giá được chốt để tính lương.</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Tuần trước</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Tuần sau ›</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Timesheets could not be loaded: %1</source>
        <translation>Không tải được bảng chấm công: %1</translation>
    </message>
    <message>
        <source>Nobody tracked time this week.</source>
        <translation>Tuần này chưa ai tính giờ.</translation>
    </message>
    <message>
        <source>%1 — week in %2</source>
        <translation>%1 — tuần theo giờ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved · locked</source>
        <translation>Đã duyệt · đã khóa</translation>
    </message>
    <message>
        <source>Approved %1; the entries can no longer change. Reopen to unlock.</source>
        <translation>Đã duyệt %1; các mục không thể thay đổi. Bấm Mở lại để mở khóa.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa duyệt</translation>
    </message>
    <message>
        <source>Not approved yet; the worker can still change it.</source>
        <translation>Chưa duyệt; cộng tác viên vẫn có thể sửa.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>Đang tải các mục…</translation>
    </message>
    <message>
        <source>Entries could not be loaded: %1</source>
        <translation>Không tải được các mục: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Việc %1</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Không có mục nào</translation>
    </message>
    <message>
        <source>%1&apos;s week was not changed: %2</source>
        <translation>Tuần của %1 không thay đổi: %2</translation>
    </message>
    <message>
        <source>%1&apos;s week is approved and locked.</source>
        <translation>Tuần của %1 đã được duyệt và khóa.</translation>
    </message>
    <message>
        <source>%1&apos;s week is open again.</source>
        <translation>Tuần của %1 đã được mở lại.</translation>
    </message>
    <message>
        <source>Week: %1, earnings %2 · %3 of %4 approved</source>
        <translation>Tuần: %1, thu nhập %2 · đã duyệt %3 trên %4</translation>
    </message>
    <message>
        <source>Export approved timesheets</source>
        <translation>Xuất bảng chấm công đã duyệt</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Approved weeks that start in this range, one line per worker-week and a total per worker.</source>
        <translation>Các tuần đã duyệt bắt đầu trong khoảng này, mỗi dòng một tuần của một cộng tác viên, kèm tổng theo cộng tác viên.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Save timesheets</source>
        <translation>Lưu bảng chấm công</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Xuất thất bại: %1</translation>
    </message>
    <message>
        <source>Export not saved: %1</source>
        <translation>Chưa lưu bản xuất: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::UploadPanel</name>
    <message>
        <source>time left unknown</source>
        <translation>chưa rõ thời gian còn lại</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>còn %n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>còn %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h %1 min left</source>
        <translation>
            <numerusform>còn %n giờ %1 phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation>Đang tính mã băm…</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Chờ tải lên</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Đang tải lên</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Đang xác minh…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Waiting for network</source>
        <translation>Chờ mạng</translation>
    </message>
    <message>
        <source>Add the files you deliver, or drop them here.</source>
        <translation>Thêm các tệp bạn nộp, hoặc kéo thả vào đây.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Nộp để duyệt</translation>
    </message>
    <message>
        <source>Note for the reviewer (optional)</source>
        <translation>Ghi chú cho người duyệt (không bắt buộc)</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Sản phẩm bàn giao</translation>
    </message>
    <message>
        <source>Could not submit: %1</source>
        <translation>Không nộp được: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Chưa thêm: %1</translation>
    </message>
    <message>
        <source>Add deliverable files</source>
        <translation>Thêm tệp bàn giao</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>%1/s · %2</source>
        <translation>%1/giây · %2</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Đang nộp…</translation>
    </message>
    <message>
        <source>Submitting is possible once every file has finished uploading.</source>
        <translation>Có thể nộp khi mọi tệp đã tải lên xong.</translation>
    </message>
    <message>
        <source>Paused and failed files are not included in the submission.</source>
        <translation>Tệp tạm dừng và tệp lỗi không được nộp kèm.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkerEditor</name>
    <message>
        <source>Approve registration</source>
        <translation>Duyệt đăng ký</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Mở khóa tài khoản</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn lại</translation>
    </message>
    <message>
        <source> jobs at once</source>
        <translation> việc cùng lúc</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> mỗi giờ</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Sức nhận việc</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Đơn giá theo giờ</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Lịch rảnh hằng tuần</translation>
    </message>
    <message>
        <source>Choose a worker on the left.</source>
        <translation>Chọn một cộng tác viên bên trái.</translation>
    </message>
    <message>
        <source>Someone else just changed %1 too; your edit is kept. Save to keep yours, or Revert to take theirs.</source>
        <translation>Người khác cũng vừa sửa %1; phần bạn sửa vẫn giữ. Lưu để giữ bản của bạn, hoặc Hoàn lại để lấy bản của họ.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Someone else changed this worker meanwhile. Their changes are loaded and your edits are kept: check and save again.</source>
        <translation>Người khác đã sửa cộng tác viên này trong lúc đó. Thay đổi của họ đã được tải và phần bạn sửa vẫn giữ: hãy kiểm tra và lưu lại.</translation>
    </message>
    <message>
        <source>Someone else changed this worker meanwhile, including %1. Your edits are kept: check and save again, or Revert to take theirs.</source>
        <translation>Người khác đã sửa cộng tác viên này trong lúc đó, kể cả %1. Phần bạn sửa vẫn giữ: hãy kiểm tra và lưu lại, hoặc Hoàn lại để lấy bản của họ.</translation>
    </message>
    <message>
        <source>The account was not changed</source>
        <translation>Tài khoản không thay đổi</translation>
    </message>
    <message>
        <source>Registration approved: the worker can sign in.</source>
        <translation>Đã duyệt đăng ký: cộng tác viên có thể đăng nhập.</translation>
    </message>
    <message>
        <source>Account disabled: the worker is signed out.</source>
        <translation>Đã khóa tài khoản: cộng tác viên bị đăng xuất.</translation>
    </message>
    <message>
        <source>Account enabled.</source>
        <translation>Đã mở khóa tài khoản.</translation>
    </message>
    <message>
        <source>%1: check the fields marked in red.</source>
        <translation>%1: hãy kiểm tra các trường tô đỏ.</translation>
    </message>
    <message>
        <source>%1: %2 Your edits are kept.</source>
        <translation>%1: %2 Phần bạn sửa vẫn giữ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>row %1: </source>
        <translation>dòng %1: </translation>
    </message>
    <message>
        <source>row %1, %2: </source>
        <translation>dòng %1, %2: </translation>
    </message>
    <message>
        <source>skills</source>
        <translation>kỹ năng</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>sức nhận việc</translation>
    </message>
    <message>
        <source>hourly rate</source>
        <translation>đơn giá theo giờ</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>múi giờ</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>lịch rảnh</translation>
    </message>
    <message>
        <source>&lt;h3 style=&quot;margin:0&quot;&gt;No worker selected&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&quot;margin:0&quot;&gt;Chưa chọn cộng tác viên&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Registration waiting for approval</source>
        <translation>Đăng ký đang chờ duyệt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Disabled: cannot sign in or get offers</source>
        <translation>Đã khóa: không thể đăng nhập hay nhận lời mời</translation>
    </message>
    <message>
        <source>Save the changed fields</source>
        <translation>Lưu các trường đã sửa</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Chưa có gì thay đổi</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkerPreferences</name>
    <message>
        <source>Ask about time away from the computer</source>
        <translation>Hỏi về thời gian rời máy tính</translation>
    </message>
    <message>
        <source>Closing the window keeps Jobdesk in the tray</source>
        <translation>Đóng cửa sổ thì Jobdesk vẫn ở khay hệ thống</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>after no keyboard or mouse input for</source>
        <translation>khi không dùng bàn phím hay chuột trong</translation>
    </message>
    <message>
        <source>While a timer runs, closing the window always keeps Jobdesk in the tray, so the timer is never stopped by accident.</source>
        <translation>Khi đồng hồ đang chạy, đóng cửa sổ luôn giữ Jobdesk ở khay hệ thống để đồng hồ không bị dừng nhầm.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkerTray</name>
    <message>
        <source>Start timer</source>
        <translation>Bắt đầu bấm giờ</translation>
    </message>
    <message>
        <source>Show Jobdesk</source>
        <translation>Hiện Jobdesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Đang chạy: %1</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Đồng hồ đã dừng</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hôm nay: %1</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Dừng bấm giờ</translation>
    </message>
    <message>
        <source>Jobdesk — timer running %1</source>
        <translation>Jobdesk — đang bấm giờ %1</translation>
    </message>
    <message>
        <source>Jobdesk — today %1</source>
        <translation>Jobdesk — hôm nay %1</translation>
    </message>
    <message numerus="yes">
        <source>Time away: %n to review…</source>
        <translation>
            <numerusform>Vắng mặt: %n khoảng cần xem…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkerWindow</name>
    <message>
        <source>The offer could not be accepted: %1</source>
        <translation>Không nhận được lời mời: %1</translation>
    </message>
    <message>
        <source>Offer accepted. The job is yours.</source>
        <translation>Đã nhận lời mời. Việc này là của bạn.</translation>
    </message>
    <message>
        <source>The offer could not be declined: %1</source>
        <translation>Không từ chối được lời mời: %1</translation>
    </message>
    <message>
        <source>Offer declined.</source>
        <translation>Đã từ chối lời mời.</translation>
    </message>
    <message>
        <source>Recovered time</source>
        <translation>Giờ làm được khôi phục</translation>
    </message>
    <message>
        <source>Jobdesk closed while your timer was running.

%1: %2 from %3 to %4.

Keep this time?</source>
        <translation>Jobdesk đã đóng khi đồng hồ của bạn đang chạy.

%1: %2 từ %3 đến %4.

Giữ khoảng thời gian này?</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Việc %1</translation>
    </message>
    <message>
        <source>Keep time</source>
        <translation>Giữ giờ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Time added.</source>
        <translation>Đã thêm giờ.</translation>
    </message>
    <message>
        <source>The time could not be saved: %1</source>
        <translation>Không lưu được giờ: %1</translation>
    </message>
    <message>
        <source>Jobdesk is still running</source>
        <translation>Jobdesk vẫn đang chạy</translation>
    </message>
    <message>
        <source>Your timer keeps running. Open Jobdesk or quit from the tray icon.</source>
        <translation>Đồng hồ vẫn tiếp tục chạy. Mở Jobdesk hoặc thoát từ biểu tượng ở khay hệ thống.</translation>
    </message>
    <message>
        <source>Open Jobdesk or quit from the tray icon.</source>
        <translation>Mở Jobdesk hoặc thoát từ biểu tượng ở khay hệ thống.</translation>
    </message>
    <message>
        <source>Quit Jobdesk</source>
        <translation>Thoát Jobdesk</translation>
    </message>
    <message>
        <source>Your timer is running (%1 so far).</source>
        <translation>Đồng hồ của bạn đang chạy (đã được %1).</translation>
    </message>
    <message>
        <source>Quitting stops it and records the time.</source>
        <translation>Thoát sẽ dừng đồng hồ và ghi lại giờ.</translation>
    </message>
    <message>
        <source>Stop timer and quit</source>
        <translation>Dừng bấm giờ và thoát</translation>
    </message>
    <message>
        <source>Keep timing in the tray</source>
        <translation>Tiếp tục bấm giờ ở khay hệ thống</translation>
    </message>
    <message>
        <source>The timer could not be stopped: %1</source>
        <translation>Không dừng được đồng hồ: %1</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Chào mừng bạn quay lại</translation>
    </message>
    <message>
        <source>You were away for %1. Choose whether that time counts.</source>
        <translation>Bạn đã vắng mặt %1. Hãy chọn có tính khoảng đó hay không.</translation>
    </message>
    <message>
        <source>Jobdesk — %1</source>
        <translation>Jobdesk — %1</translation>
    </message>
    <message>
        <source>Version %1 submitted for review.</source>
        <translation>Đã nộp phiên bản %1 để duyệt.</translation>
    </message>
    <message>
        <source>&amp;Jobdesk</source>
        <translation>&amp;Jobdesk</translation>
    </message>
    <message>
        <source>&amp;Reload jobs</source>
        <translation>&amp;Tải lại việc</translation>
    </message>
    <message>
        <source>Add &amp;time…</source>
        <translation>Thêm &amp;giờ…</translation>
    </message>
    <message>
        <source>My &amp;timesheet…</source>
        <translation>&amp;Bảng chấm công của tôi…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tù&amp;y chọn…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Your jobs could not be loaded.
%1</source>
        <translation>Không tải được việc của bạn.
%1</translation>
    </message>
    <message>
        <source>Could not refresh jobs: %1</source>
        <translation>Không làm mới được danh sách việc: %1</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Lời mời mới</translation>
    </message>
    <message>
        <source>%1 — answer before the offer expires.</source>
        <translation>%1 — hãy trả lời trước khi lời mời hết hạn.</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Tin nhắn mới</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>Yêu cầu sửa lại</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Offer expired</source>
        <translation>Lời mời đã hết hạn</translation>
    </message>
    <message>
        <source>Offline — time is still tracked</source>
        <translation>Ngoại tuyến — giờ làm vẫn được tính</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
    <message>
        <source>Timer gap</source>
        <translation>Khoảng trống khi tính giờ</translation>
    </message>
    <message>
        <source>The computer was asleep or its clock was changed for %1 while the timer ran. Choose whether that time counts.</source>
        <translation>Máy tính đã ở chế độ ngủ hoặc đồng hồ của máy đã bị đổi trong %1 khi đang tính giờ. Hãy chọn có tính khoảng đó hay không.</translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkersPage</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Cộng tác viên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Sức nhận việc</translation>
    </message>
    <message>
        <source>Rate / h</source>
        <translation>Đơn giá / giờ</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Khối lượng việc</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Số lần sửa</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Jobs held now / capacity</source>
        <translation>Việc đang làm / sức nhận việc</translation>
    </message>
    <message>
        <source>Completed jobs delivered by the due date</source>
        <translation>Việc hoàn thành được nộp đúng hạn</translation>
    </message>
    <message>
        <source>Completed jobs that needed at least one revision</source>
        <translation>Việc hoàn thành phải sửa ít nhất một lần</translation>
    </message>
    <message>
        <source>Search name, email or skill</source>
        <translation>Tìm tên, email hoặc kỹ năng</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Tất cả cộng tác viên</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>Loading workers…</source>
        <translation>Đang tải cộng tác viên…</translation>
    </message>
    <message>
        <source>Workers could not be loaded: %1</source>
        <translation>Không tải được cộng tác viên: %1</translation>
    </message>
    <message>
        <source>Statistics are unavailable: %1</source>
        <translation>Không có số liệu thống kê: %1</translation>
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
            <numerusform>%n việc đã chấm điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved. Discard them?</source>
        <translation>Thay đổi của bạn với %1 chưa được lưu. Bỏ đi?</translation>
    </message>
    <message>
        <source>%1 was not approved: %2</source>
        <translation>Chưa duyệt được %1: %2</translation>
    </message>
    <message>
        <source>%1 is approved and can sign in now.</source>
        <translation>%1 đã được duyệt và có thể đăng nhập ngay.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jobdesk desktop app</source>
        <translation>Ứng dụng Jobdesk cho máy tính</translation>
    </message>
    <message>
        <source>Server address, e.g. https://jobs.example.com.</source>
        <translation>Địa chỉ máy chủ, ví dụ https://jobs.example.com.</translation>
    </message>
    <message>
        <source>Start with the window minimized.</source>
        <translation>Khởi động với cửa sổ thu nhỏ.</translation>
    </message>
    <message>
        <source>For this run, trust the certificate authority in FILE (PEM) in addition to the system&apos;s (instead of the one in Preferences).</source>
        <translation>Trong lần chạy này, tin cậy cơ quan cấp chứng chỉ trong FILE (PEM) bên cạnh các cơ quan của hệ thống (thay cho tệp trong Tùy chọn).</translation>
    </message>
</context>
</TS>
