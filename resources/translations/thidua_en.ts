<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/agenda_page.py" line="+83"/>
        <source>Nội dung mới — Enter để thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Họ và tên người phát biểu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị hoặc cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ý kiến, mỗi ý một dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm ý kiến (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kết luận của mục này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Kết luận chung của hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Chương trình (Ctrl+↑/↓ hoặc kéo thả để đổi thứ tự)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Người phát biểu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ý kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thảo luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kết luận của mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Chưa chọn mục nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Thêm mục chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đổi thứ tự chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Sửa kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thêm ý kiến thảo luận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/agenda_table_model.py" line="+32"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người trình bày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số phút</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/attendance_page.py" line="+53"/>
        <source>Gõ vài chữ của tên hoặc đơn vị (không cần dấu) — Enter: điểm danh / bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người mới (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+182"/>
        <source>Lấy danh sách hội nghị trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Chưa chọn hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Có mặt {0}/{1} đại biểu · {2}/{3} đơn vị · {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ĐỦ túc số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHƯA đủ túc số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Túc số: đơn vị có mặt phải đạt {0} số đơn vị thành viên. Khách mời: {1}/{2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Điểm danh {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bỏ điểm danh {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Thêm và điểm danh {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Danh sách đại biểu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx *.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nhập danh sách từ {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/attendance_table_model.py" line="+52"/>
        <source>Có mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị / Cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Khách mời</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../thidua_desktop/ui/charts.py" line="+58"/>
        <source>Chưa có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferenceTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/conference_table_model.py" line="+13"/>
        <source>Phát động &amp; ký giao ước</source>
        <translation>Launch &amp; pledge signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sơ kết 6 tháng</source>
        <translation>Mid-year review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng kết năm</source>
        <translation>Year-end review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/conferences_page.py" line="+39"/>
        <location line="+73"/>
        <source>Tên hội nghị:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ trì (họ tên):</source>
        <translation>Chair (name):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ người chủ trì:</source>
        <translation>Chair&apos;s title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư ký (họ tên):</source>
        <translation>Secretary (name):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ thư ký:</source>
        <translation>Secretary&apos;s title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Căn cứ (quyết định, kế hoạch):</source>
        <translation>Basis (decision, plan):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hội nghị mới ▾</source>
        <translation>New conference ▾</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Xóa hội nghị</source>
        <translation>Delete conference</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thông tin hội nghị</source>
        <translation>Conference details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chưa định</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--:--</source>
        <translation>--:--</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày họp:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bắt đầu lúc:</source>
        <translation>Starts at:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc lúc:</source>
        <translation>Ends at:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đơn vị đăng cai:</source>
        <translation>Host unit:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chương trình (sửa chi tiết ở trang Chương trình &amp;&amp; thảo luận)</source>
        <translation>Agenda (edit details on the Agenda &amp;&amp; discussion page)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hội nghị trong năm</source>
        <translation>Conferences of the year</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(chưa chọn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> ({0} phút)</source>
        <translation> ({0} min)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sửa hội nghị: {0}</source>
        <translation>Edit conference: {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tạo hội nghị «{0}»</source>
        <translation>Create conference “{0}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Xóa hội nghị «{0}»</source>
        <translation>Delete conference “{0}”</translation>
    </message>
</context>
<context>
    <name>CreateClusterForm</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/home_page.py" line="+47"/>
        <source>VD: Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền núi phía Bắc</source>
        <translation>e.g. Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền núi phía Bắc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VD: BỘ TƯ PHÁP (dòng đầu tiêu đề văn bản)</source>
        <translation>e.g. BỘ TƯ PHÁP (first header line of documents)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VD: KVTĐ (trong «Số: 05/BB-KVTĐ»)</source>
        <translation>e.g. KVTĐ (as in “Số: 05/BB-KVTĐ”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VD: Hòa Bình</source>
        <translation>e.g. Hòa Bình</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tạo cụm</source>
        <translation>Create cluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tên cụm/khối thi đua:</source>
        <translation>Cluster name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cụm tự gọi là:</source>
        <translation>Cluster calls itself:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan cấp trên:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ký hiệu văn bản:</source>
        <translation>Document code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa danh (ghi trên văn bản):</source>
        <translation>Place (on documents):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm bắt đầu theo dõi:</source>
        <translation>First year:</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/dialogs/excel_import_dialog.py" line="+29"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại đơn vị</source>
        <translation>Unit kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thủ trưởng</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉnh/thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nhập đơn vị từ Excel — xem trước</source>
        <translation>Import units from Excel — preview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chuyển chữ gõ bằng bảng mã cũ (TCVN3/VNI) sang Unicode</source>
        <translation>Convert text typed in old encodings (TCVN3/VNI) to Unicode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ghi vào danh sách</source>
        <translation>Write to the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Không nhập được tệp Excel</source>
        <translation>Cannot import the Excel file</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tệp «{0}»: {1} đơn vị sẽ được thêm, {2} đơn vị sẽ được cập nhật, {3} dòng bị bỏ qua, {4} đơn vị không thay đổi. Chưa có gì được ghi: bấm «Ghi vào danh sách» để ghi tất cả trong một lần (có thể hoàn tác bằng Ctrl+Z).</source>
        <translation>File “{0}”: {1} units will be added, {2} units updated, {3} rows skipped, {4} units unchanged. Nothing has been written yet: press “Write to the list” to write everything at once (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thêm mới ({0})</source>
        <translation>New ({0})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thay đổi</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cập nhật ({0})</source>
        <translation>Updated ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bỏ qua ({0})</source>
        <translation>Skipped ({0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Như trong tệp</source>
        <translation>As in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sau khi chuyển</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng mã</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bảng mã cũ ({0})</source>
        <translation>Old encoding ({0})</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../thidua_desktop/ui/header_bar.py" line="+37"/>
        <source>Năm đang làm việc</source>
        <translation>Year being worked on</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+43"/>
        <source>Hội nghị đang làm việc</source>
        <translation>Conference being worked on</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hội nghị:</source>
        <translation>Conference:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chưa có cụm thi đua</source>
        <translation>No cluster yet</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/home_page.py" line="+60"/>
        <source>Chào mừng! Bắt đầu làm việc với hồ sơ cụm thi đua</source>
        <translation>Welcome! Let&apos;s start on the cluster&apos;s records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chọn một cách bắt đầu. Mọi dữ liệu lưu ngay trên máy này, không cần mạng.</source>
        <translation>Choose how to start. Everything is saved on this computer at once; no network needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>➊  Tạo cụm thi đua mới
Nhập tên cụm, cơ quan cấp trên, ký hiệu văn bản</source>
        <translation>➊  Create a new cluster
Enter its name, parent body, document code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>➋  Mở cụm mẫu
Khu vực thi đua Tư pháp 14 tỉnh miền núi phía Bắc, để thử</source>
        <translation>➋  Open the demo cluster
Justice cluster of the 14 northern mountain provinces, to try things out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>➌  Mở hồ sơ được bàn giao
Tệp do trưởng cụm năm trước gửi</source>
        <translation>➌  Open a received package
The file last year&apos;s head sent you</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sắp có</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tạo cụm «{0}»</source>
        <translation>Create cluster “{0}”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Không mở được cụm mẫu: {0}</source>
        <translation>Cannot open the demo cluster: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;p&gt;{0} · Cơ quan cấp trên: {1} · Ký hiệu văn bản: {2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} · Parent body: {1} · Document code: {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; đơn vị, trong đó &lt;b&gt;{1}&lt;/b&gt; thành viên đang hoạt động.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; units, &lt;b&gt;{1}&lt;/b&gt; of them active members.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Năm &lt;b&gt;{0}&lt;/b&gt; — trưởng cụm: {1}; phó trưởng cụm: {2}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Year &lt;b&gt;{0}&lt;/b&gt; — head: {1}; deputies: {2}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;{0} hội nghị trong năm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} conferences this year.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p style=&apos;color:#555&apos;&gt;Dùng thanh bên trái (Ctrl+1…9) để chuyển trang; Ctrl+Z hoàn tác thao tác vừa làm. Mọi thay đổi được lưu ngay.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#555&apos;&gt;Use the sidebar (Ctrl+1…9) to switch pages; Ctrl+Z undoes the last action. Every change is saved at once.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/delegate_widgets.py" line="+143"/>
        <source>Xem trước danh sách nhập từ Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sẽ nhập là</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sẽ nhập {0}/{1} dòng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegacyTextDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/dialogs/legacy_text_dialog.py" line="+25"/>
        <source>Chữ gõ bằng bảng mã cũ</source>
        <translation>Text in an old encoding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Văn bản này có vẻ được gõ bằng bảng mã {0} nên hiển thị sai dấu. Chuyển sang Unicode để in và tìm kiếm đúng?</source>
        <translation>This text seems to be typed in the {0} encoding, so its accents show wrongly. Convert it to Unicode so it prints and searches correctly?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Như đã dán</source>
        <translation>As pasted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sau khi chuyển</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chuyển sang Unicode</source>
        <translation>Convert to Unicode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giữ nguyên</source>
        <translation>Keep as is</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../thidua_desktop/ui/main_window.py" line="+80"/>
        <source>Thi đua – Thư ký cụm</source>
        <translation>Emulation – cluster secretary</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trang</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngôn ngữ mới sẽ được dùng khi mở lại ứng dụng. / The new language applies after a restart.</source>
        <translation>The new language applies after a restart. / Ngôn ngữ mới sẽ được dùng khi mở lại ứng dụng.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã hoàn tác: {0} lúc {1}</source>
        <translation>Undone: {0} at {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lưu: {0} lúc {1}</source>
        <translation>Saved: {0} at {1}</translation>
    </message>
</context>
<context>
    <name>PledgeTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/pledge_table_model.py" line="+27"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgesPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/pledges_page.py" line="+45"/>
        <source>Nội dung giao ước, mỗi cam kết một dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chủ đề thi đua</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung giao ước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chưa chọn năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Giao ước thi đua năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}/{1} đơn vị đã ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} đơn vị đăng ký {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sửa giao ước thi đua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đăng ký danh hiệu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bỏ đăng ký: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ký giao ước: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <location filename="../../thidua_desktop/ui/main_window.py" line="-134"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cụm &amp; đơn vị</source>
        <translation>Cluster &amp; units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm &amp; luân phiên</source>
        <translation>Years &amp; rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội nghị</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm danh</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chương trình &amp; thảo luận</source>
        <translation>Agenda &amp; discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giao ước &amp; đăng ký</source>
        <translation>Pledges &amp; registrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
</context>
<context>
    <name>RotationTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/rotation_table_model.py" line="+16"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trưởng cụm</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phó trưởng cụm</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ đề thi đua</source>
        <translation>Theme</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/score_table_model.py" line="+86"/>
        <source>Tổng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cơ bản {0} + thưởng {1} − trừ {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/scoring_page.py" line="+70"/>
        <source>Điểm Cụm chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm đơn vị tự chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bảng tiêu chí mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao chép từ năm trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bảng chấm điểm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tổng điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đưa vào danh sách bỏ phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đề xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đơn vị đầu bảng vào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tất cả đơn vị thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đơn vị đăng ký: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>bằng điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bảng tiêu chí mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên bảng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không tạo được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không sao chép được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chọn bảng điểm và cuộc bỏ phiếu trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã đưa {0} đơn vị vào danh sách bỏ phiếu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/agenda_table_model.py" line="+53"/>
        <source>Người phát biểu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị / Cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ý kiến</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoableEdits</name>
    <message>
        <location filename="../../thidua_desktop/ui/undo.py" line="+78"/>
        <source>Thêm {0}</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sửa {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Xóa {0}</source>
        <translation>Delete {0}</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/unit_table_model.py" line="+17"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thủ trưởng</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tỉnh/thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bỏ chọn cho đơn vị trực thuộc: có mặt nhưng không bỏ phiếu</source>
        <translation>Untick for units under a member: they attend but do not vote</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đơn vị đã ngừng hoạt động (giữ lại cho hồ sơ các năm trước)</source>
        <translation>Inactive unit (kept for earlier years&apos; records)</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/units_page.py" line="+52"/>
        <source>Cụm thi đua và đơn vị thành viên</source>
        <translation>Cluster and member units</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tìm đơn vị (gõ không dấu cũng được)…</source>
        <translation>Find a unit (accents optional)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm đơn vị (Ins hoặc Ctrl+N)</source>
        <translation>Add a unit (Ins or Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xóa đơn vị đang chọn (Del)</source>
        <translation>Delete the selected unit (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chuyển lên trên (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chuyển xuống dưới (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngừng/tiếp tục hoạt động</source>
        <translation>Deactivate/reactivate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giữ đơn vị trong hồ sơ nhưng không dùng cho năm mới</source>
        <translation>Keep the unit in the records but not for new years</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập danh sách từ tệp .xlsx/.xls (xem trước rồi mới ghi)</source>
        <translation>Import the list from an .xlsx/.xls file (preview first)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ghi danh sách ra tệp .xlsx</source>
        <translation>Write the list to an .xlsx file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter hoặc gõ phím để sửa ô · Ins thêm · Del xóa · Ctrl+↑/↓ hoặc kéo thả để sắp xếp · Ctrl+Z hoàn tác. Mọi thay đổi được lưu ngay.</source>
        <translation>Enter or just type to edit a cell · Ins adds · Del deletes · Ctrl+↑/↓ or drag to reorder · Ctrl+Z undoes. Every change is saved at once.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} — {1} đơn vị, {2} thành viên đang hoạt động</source>
        <translation>{0} — {1} units, {2} active members</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa có cụm thi đua: tạo cụm ở trang Bắt đầu.</source>
        <translation>No cluster yet: create one on the Start page.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sửa đơn vị «{0}»</source>
        <translation>Edit unit “{0}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đơn vị mới</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chọn một đơn vị để xóa.</source>
        <translation>Select one unit to delete.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xóa đơn vị «{0}»</source>
        <translation>Delete unit “{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Để nguyên</source>
        <translation>Leave it</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tiếp tục hoạt động: «{0}»</source>
        <translation>Reactivate “{0}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngừng hoạt động: «{0}»</source>
        <translation>Deactivate “{0}”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sắp xếp lại đơn vị</source>
        <translation>Reorder units</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chọn tệp Excel danh sách đơn vị</source>
        <translation>Choose the Excel file of units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bảng tính (*.xlsx *.xls)</source>
        <translation>Spreadsheets (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nhập {0} đơn vị từ Excel</source>
        <translation>Import {0} units from Excel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Xuất danh sách đơn vị</source>
        <translation>Export the unit list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bảng tính (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không ghi được tệp: {0}</source>
        <translation>Cannot write the file: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã xuất {0}</source>
        <translation>Exported {0}</translation>
    </message>
</context>
<context>
    <name>WalkInRow</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/delegate_widgets.py" line="-88"/>
        <source>Đại biểu đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khách mời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thêm và điểm danh (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Người chưa có trong danh sách:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cơ quan, tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đơn vị (gõ vài chữ để chọn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../thidua_desktop/ui/widgets.py" line="+138"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>YearsPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/years_page.py" line="+45"/>
        <source>Thêm năm…</source>
        <translation>Add year…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Các năm</source>
        <translation>Years</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chủ đề / khẩu hiệu thi đua của năm</source>
        <translation>The year&apos;s emulation theme / slogan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Năm đang chọn</source>
        <translation>Selected year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chủ đề thi đua:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trưởng cụm:</source>
        <translation>Head:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phó trưởng cụm {0}:</source>
        <translation>Deputy {0}:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Luân phiên qua các năm — ai làm trưởng, phó cụm</source>
        <translation>Rotation over the years — who led, who deputised</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Năm thi đua và luân phiên trưởng cụm</source>
        <translation>Years and the rotating head</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(chưa chọn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thêm năm</source>
        <translation>Add year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thêm năm {0}</source>
        <translation>Add year {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sửa chủ đề năm</source>
        <translation>Edit the year&apos;s theme</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đổi trưởng/phó cụm</source>
        <translation>Change head/deputies</translation>
    </message>
</context>
</TS>
