<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/agenda_page.py" line="+89"/>
        <source>Nội dung mới — Enter để thêm</source>
        <translation>New item — Enter to add</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Họ và tên người phát biểu</source>
        <translation>Speaker’s full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị hoặc cơ quan</source>
        <translation>Unit or agency</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ý kiến, mỗi ý một dòng</source>
        <translation>Comments, one per line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thêm ý kiến (Ctrl+Enter)</source>
        <translation>Add comment (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kết luận của mục này</source>
        <translation>Conclusion of this item</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Kết luận chung của hội nghị</source>
        <translation>Overall conclusion of the conference</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Chương trình (Ctrl+↑/↓ hoặc kéo thả để đổi thứ tự)</source>
        <translation>Agenda (Ctrl+↑/↓ or drag and drop to reorder)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ý kiến</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thảo luận</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kết luận của mục</source>
        <translation>Item conclusion</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Chưa chọn mục nào</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thêm mục chương trình</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đổi thứ tự chương trình</source>
        <translation>Reorder agenda</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Xóa mục chương trình</source>
        <translation>Delete agenda item</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Xóa ý kiến</source>
        <translation>Delete comment</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Sửa kết luận</source>
        <translation>Edit conclusion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thêm ý kiến thảo luận</source>
        <translation>Add discussion comment</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/agenda_table_model.py" line="+32"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phút</source>
        <translation>Min.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../thidua_desktop/ui/app_controller.py" line="+75"/>
        <location line="+12"/>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

Đóng tệp đang mở và xem các bản sao lưu tự động của «{1}»?</source>
        <translation>{0}

Close the open file and look at the automatic backups of “{1}”?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dùng bản sao lưu lúc {0} ({1} đơn vị, năm {2}) làm tệp «{3}»? Những gì sửa sau lúc đó không có trong bản này. Tệp hỏng không bị xóa: nó được đổi tên và giữ lại trong cùng thư mục.</source>
        <translation>Use the backup from {0} ({1} units, year {2}) as the file “{3}”? Changes made after that time are not in this backup. The damaged file is not deleted: it is renamed and kept in the same folder.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> Tệp hỏng được giữ lại: {0}.</source>
        <translation> The damaged file is kept: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã khôi phục «{0}» từ bản sao lưu lúc {1}.</source>
        <translation>Restored “{0}” from the backup of {1}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Đã mở «{0}». Các thao tác trên tệp trước không hoàn tác được nữa.</source>
        <translation>Opened “{0}”. Steps made in the previous file can no longer be undone.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Tạo cụm mới</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cum-thi-dua.db</source>
        <translation>cluster.db</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Cụm thi đua (*.db)</source>
        <translation>Cluster files (*.db)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Tệp «{0}» đã có: dùng «Mở…» để mở nó, hoặc chọn tên khác cho cụm mới.</source>
        <translation>The file “{0}” already exists: use “Open…” to open it, or choose another name for the new cluster.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cụm thi đua hoặc gói bàn giao (*.db *.thidua);;Mọi tệp (*)</source>
        <translation>Cluster files or handover packages (*.db *.thidua);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Lưu bản sao</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã lưu bản sao: {0}</source>
        <translation>Copy saved: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mở gói bàn giao</source>
        <translation>Open handover package</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gói bàn giao (*.thidua)</source>
        <translation>Handover packages (*.thidua)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+10"/>
        <source>Cụm mẫu</source>
        <translation>Demo cluster</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Tạo lại cụm mẫu từ đầu? Những gì đã thử trên cụm mẫu sẽ mất.</source>
        <translation>Make the demo cluster afresh? What you tried in the demo will be lost.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Không tạo được cụm mẫu: {0}</source>
        <translation>Cannot make the demo cluster: {0}</translation>
    </message>
</context>
<context>
    <name>ArchiveBar</name>
    <message>
        <location filename="../../thidua_desktop/ui/archive_bar.py" line="+50"/>
        <source>Mở khóa năm lưu trữ</source>
        <translation>Unlock an archived year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm {0} đã lưu trữ: hồ sơ của năm đó đã chốt và chỉ để xem.

Mở khóa cho phép sửa năm {0} (mọi thay đổi vẫn ghi vào nhật ký) cho đến khi bạn khóa lại, kể cả sau khi mở lại chương trình. Mở khóa?</source>
        <translation>Year {0} is archived: its record is closed and for viewing only.

Unlocking allows editing year {0} (every change is still logged) until you lock it again, also after the program is restarted. Unlock?</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Năm {0} đã lưu trữ — chỉ xem, không sửa được.</source>
        <translation>Year {0} is archived — view only, no edits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở khóa để sửa…</source>
        <translation>Unlock to edit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Năm {0} (đã lưu trữ) đang được mở khóa để sửa.</source>
        <translation>Year {0} (archived) is unlocked for editing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khóa lại</source>
        <translation>Lock again</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/attendance_page.py" line="+57"/>
        <source>Gõ vài chữ của tên hoặc đơn vị, không cần dấu — Enter: điểm danh</source>
        <translation>Type part of a name or unit, accents optional — Enter: check in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↑/↓: chọn người · Enter: điểm danh · F8: bỏ điểm danh người đang chọn · Ctrl+N: người mới · Ctrl+Delete: bỏ khỏi danh sách · Esc: xóa ô tìm · Ctrl+Z: hoàn tác</source>
        <translation>↑/↓: choose person · Enter: check in · F8: take back the selected person’s check-in · Ctrl+N: new person · Ctrl+Delete: remove from list · Esc: clear search · Ctrl+Z: undo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Người mới (Ctrl+N)</source>
        <translation>New person (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+318"/>
        <source>Lấy danh sách hội nghị trước</source>
        <translation>Copy list from previous conference</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Chưa chọn hội nghị</source>
        <translation>No conference selected</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Có mặt {0}/{1} đại biểu · {2}/{3} đơn vị · {4}</source>
        <translation>Present: {0}/{1} delegates · {2}/{3} units · {4}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ĐỦ túc số</source>
        <translation>Quorum MET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHƯA đủ túc số</source>
        <translation>NO quorum yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mặc định, không danh hiệu nào quy định</source>
        <translation>default; no award sets one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Túc số: ít nhất {0} số đơn vị thành viên có mặt (theo {1}). Khách mời có mặt: {2}/{3}.</source>
        <translation>Quorum: at least {0} of member units present (per {1}). Guests present: {2}/{3}.</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+42"/>
        <source>Điểm danh {0}</source>
        <translation>Check in {0}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Giấy mời của {0}: nhập họ tên người đến dự rồi Enter.</source>
        <translation>Invitation of {0}: type the attendee&apos;s full name, then Enter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} đã có mặt từ {1}; không thay đổi.</source>
        <translation>{0} has been present since {1}; nothing changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã điểm danh {0} lúc {1} (mã {2}; Ctrl+Z: hoàn tác).</source>
        <translation>Checked in {0} at {1} (code {2}; Ctrl+Z: undo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bỏ điểm danh {0}</source>
        <translation>Undo check-in of {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bỏ {0} khỏi danh sách</source>
        <translation>Remove {0} from the list</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Thêm và điểm danh {0}</source>
        <translation>Add and check in {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Danh sách đại biểu</source>
        <translation>Delegate list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx *.xls)</source>
        <translation>Excel (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nhập danh sách từ {0}</source>
        <translation>Import list from {0}</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Bỏ điểm danh người đang chọn (hoàn tác: Ctrl+Z)</source>
        <translation>Take back the selected person’s check-in (undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Bỏ điểm danh {0} (F8)</source>
        <translation>Take back check-in of {0} (F8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bỏ điểm danh (F8)</source>
        <translation>Take back check-in (F8)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{0} đã có mặt từ {1}; không thay đổi. Bỏ điểm danh: bấm F8.</source>
        <translation>{0} has been present since {1}; nothing changed. To take the check-in back: F8.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã điểm danh {0} lúc {1} (Ctrl+Z: hoàn tác).</source>
        <translation>Checked in {0} at {1} (Ctrl+Z: undo).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Đã bỏ điểm danh {0} (đến lúc {1}) — Ctrl+Z: hoàn tác.</source>
        <translation>Took back the check-in of {0} (arrived {1}) — Ctrl+Z: undo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đã bỏ {0} khỏi danh sách — Ctrl+Z: hoàn tác.</source>
        <translation>Removed {0} from the list — Ctrl+Z: undo.</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/attendance_table_model.py" line="+77"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị / Cơ quan</source>
        <translation>Unit / Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ đến</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
</context>
<context>
    <name>AudienceControl</name>
    <message>
        <location filename="../../thidua_desktop/ui/audience/control.py" line="+48"/>
        <source>Chiếu lên màn hình này</source>
        <translation>Show on this screen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>◀ Trước (PgUp)</source>
        <translation>◀ Previous (PgUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sau ▶ (PgDn)</source>
        <translation>Next ▶ (PgDn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công bố kết quả</source>
        <translation>Reveal the result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ khi kết quả cuộc bỏ phiếu đã được chốt</source>
        <translation>Only once the vote&apos;s result has been accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Màn đen (B)</source>
        <translation>Black screen (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biểu trưng (W)</source>
        <translation>Emblem (W)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+101"/>
        <source>Bấm giờ</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Đặt lại</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Người đang phát biểu:</source>
        <translation>Current speaker:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (màn hình này)</source>
        <translation> (this screen)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(chưa có hội nghị)</source>
        <translation>(no conference yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Màn đen</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Biểu trưng</source>
        <translation>Emblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang chiếu: {0}</source>
        <translation>Showing: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(không hiện)</source>
        <translation>(none shown)</translation>
    </message>
</context>
<context>
    <name>AudienceSlide</name>
    <message>
        <location filename="../../thidua_desktop/ui/audience/slides.py" line="+171"/>
        <source>Tình hình đại biểu dự Hội nghị</source>
        <translation>Attendance at the conference</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>đơn vị thành viên có mặt</source>
        <translation>member units present</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} đại biểu có mặt / {1} đại biểu được mời</source>
        <translation>{0} delegates present / {1} delegates invited</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} đại biểu khách mời</source>
        <translation>{0} guest delegates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đủ số đơn vị tham dự (từ {0} trở lên)</source>
        <translation>Quorum met ({0} or more)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa đủ số đơn vị tham dự (cần từ {0})</source>
        <translation>No quorum yet ({0} needed)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chương trình Hội nghị</source>
        <translation>Conference agenda</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Trình bày: {0}</source>
        <translation>Presented by: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang phát biểu: {0}</source>
        <translation>Speaking: {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bỏ phiếu suy tôn: {0}</source>
        <translation>Vote for: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (xin rút)</source>
        <translation> (withdrawn)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kết quả: {0}</source>
        <translation>Result: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kết luận Hội nghị</source>
        <translation>Conclusions of the conference</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../thidua_desktop/ui/audience/window.py" line="+47"/>
        <source>Trình chiếu – màn hình hội trường</source>
        <translation>Presentation – the hall&apos;s screen</translation>
    </message>
</context>
<context>
    <name>AwardTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/award_table_model.py" line="+39"/>
        <source>Danh hiệu / hình thức</source>
        <translation>Title / award</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ đạt</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số suất</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có mặt tối thiểu</source>
        <translation>Minimum attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ đơn vị đã đăng ký</source>
        <translation>Registered units only</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>không quy định</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/awards_page.py" line="+56"/>
        <source>Tên danh hiệu mới</source>
        <translation>New award name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thêm (quy tắc mặc định theo loại)</source>
        <translation>Add (default rules by type)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thủ tướng Chính phủ</source>
        <translation>e.g. Thủ tướng Chính phủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bộ trưởng Bộ Tư pháp</source>
        <translation>e.g. Bộ trưởng Bộ Tư pháp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phần trăm (70, 66,67) hoặc phân số (2/3)</source>
        <translation>Percentage (70, 66,67) or fraction (2/3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ đơn vị đã đăng ký danh hiệu trong năm (đơn vị khác: chỉ cảnh báo)</source>
        <translation>Only units registered for the award this year (others: warning only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Danh hiệu đang chọn</source>
        <translation>Selected award</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp quyết định</source>
        <translation>Awarding authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kính gửi (tờ trình)</source>
        <translation>Addressee (nomination letter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ đạt (%)</source>
        <translation>Threshold (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So sánh</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tính trên</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số suất đề nghị</source>
        <translation>Places proposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ có mặt tối thiểu (%)</source>
        <translation>Minimum attendance (%)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Sửa danh hiệu</source>
        <translation>Edit award</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Thêm danh hiệu</source>
        <translation>Add award</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xóa danh hiệu</source>
        <translation>Delete award</translation>
    </message>
</context>
<context>
    <name>BackupArchivePanel</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/backup_archive_box.py" line="+37"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao lưu tự động (khi mở, mỗi {0} phút sửa, khi đóng)</source>
        <translation>Automatic backups (on opening, every {0} minutes of editing, on closing)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mở khóa để sửa…</source>
        <translation>Unlock to edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm lưu trữ (chỉ xem)</source>
        <translation>Archived year (view only)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>lưu trữ, chỉ xem</source>
        <translation>archived, view only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đang sửa được</source>
        <translation>editable</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khôi phục bản sao lưu «{0}»? Trạng thái hiện tại sẽ được sao lưu trước.</source>
        <translation>Restore the backup “{0}”? The current state will be backed up first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã khôi phục; trạng thái trước đó lưu tại {0}</source>
        <translation>Restored; the previous state was saved to {0}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../thidua_desktop/ui/charts.py" line="+58"/>
        <source>Chưa có số liệu</source>
        <translation>No data yet</translation>
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
        <location line="+12"/>
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
        <location filename="../../thidua_desktop/ui/pages/conferences_page.py" line="+45"/>
        <location line="+75"/>
        <source>Tên hội nghị:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="-74"/>
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
        <location line="+31"/>
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
        <location line="+11"/>
        <source>--:--</source>
        <translation>--:--</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Ngày họp:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Bắt đầu lúc:</source>
        <translation>Starts at:</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Kết thúc lúc:</source>
        <translation>Ends at:</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+70"/>
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
        <location line="+38"/>
        <source>(chưa chọn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> ({0} phút)</source>
        <translation> ({0} min)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ngày họp chưa được lưu: {0}</source>
        <translation>Meeting date not saved: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
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
    <name>CriteriaDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/dialogs/criteria_dialog.py" line="+46"/>
        <source>Bảng tiêu chí chấm điểm</source>
        <translation>Scoring criteria table</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tên bảng</source>
        <translation>Table name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thang điểm</source>
        <translation>Points scale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rồi</source>
        <translation>then</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bằng tổng điểm thì xếp trên đơn vị có</source>
        <translation>On equal totals, rank first the unit with</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm tối đa</source>
        <translation>Max. score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách chấm / ghi chú</source>
        <translation>Method / notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm tiêu chí (Ctrl+N)</source>
        <translation>Add criterion (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Loại tiêu chí phải là một trong: {0}.</source>
        <translation>Criterion type must be one of: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Điểm tối đa phải là một số, ví dụ 10 hoặc 2,5.</source>
        <translation>The maximum score must be a number, e.g. 10 or 2,5.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nhóm tiêu chí mới</source>
        <translation>New criteria group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiêu chí mới</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tiêu chí «{0}» đã có điểm của {1} đơn vị: xóa các điểm đó trước.</source>
        <translation>Criterion «{0}» already has scores from {1} units: delete those scores first.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../thidua_desktop/ui/date_field.py" line="+35"/>
        <source>«{0}» không phải là ngày: gõ ngày/tháng/năm, ví dụ 22/11/{1}.</source>
        <translation>“{0}” is not a date: type day/month/year, e.g. 22/11/{1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Năm {0} không hợp lệ: gõ năm đủ bốn chữ số, ví dụ {1}.</source>
        <translation>Year {0} is not valid: type all four digits of the year, e.g. {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«{0}»: tháng {1} không có (tháng từ 1 đến 12).</source>
        <translation>“{0}”: there is no month {1} (months run from 1 to 12).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«{0}»: tháng {1} năm {2} chỉ có {3} ngày.</source>
        <translation>“{0}”: month {1} of {2} has only {3} days.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>chưa định (ngày/tháng/năm)</source>
        <translation>not set (day/month/year)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn trên lịch (Alt+↓)</source>
        <translation>Pick from the calendar (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/document_printer.py" line="+48"/>
        <source>Đang chuyển {0} sang PDF để xem trước khi in…</source>
        <translation>Converting {0} to PDF for the print preview…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}: hãy bấm Mở (Ctrl+O) rồi in từ Word.</source>
        <translation>{0}: click Open (Ctrl+O), then print from Word.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Không xem trước được {0} vì máy chưa có LibreOffice để chuyển sang PDF: hãy bấm Mở (Ctrl+O) rồi in từ Word hoặc LibreOffice.</source>
        <translation>Cannot preview {0}: LibreOffice, needed to convert it to PDF, is not installed. Click Open (Ctrl+O), then print from Word or LibreOffice.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không in được {0}: máy chưa có chương trình mở được văn bản Word; hãy cài Word hoặc LibreOffice rồi in lại.</source>
        <translation>Cannot print {0}: no program that opens Word documents is installed; install Word or LibreOffice and print again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã nhờ chương trình mở văn bản Word in {0} ra máy in mặc định.</source>
        <translation>Asked the program for Word documents to print {0} on the default printer.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/documents_page.py" line="+71"/>
        <source>Thư mục lưu:</source>
        <translation>Save folder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tạo văn bản đã chọn (Ctrl+G)</source>
        <translation>Create selected documents (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở (Ctrl+O)</source>
        <translation>Open (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Căn cứ tờ trình…</source>
        <translation>Legal bases (nomination letter)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Các văn bản tờ trình trích dẫn (Căn cứ …) của năm, theo thứ tự</source>
        <translation>The documents the nomination letter cites (“Pursuant to …”) for the year, in order</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cách tạo:</source>
        <translation>How to make:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giao ước PDF: mỗi đơn vị một trang</source>
        <translation>Pledge PDF: one page per unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giấy mời: mỗi nơi nhận một tệp</source>
        <translation>Invitations: one file per recipient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bỏ chọn: một tệp Word gồm mọi giấy mời, mỗi bản một trang (trộn thư). Chọn: mỗi đơn vị, mỗi khách mời một tệp, trong một thư mục.</source>
        <translation>Unticked: one Word file with every invitation, one per page (mail merge). Ticked: one file per unit and per guest, in one folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bảng tên: in cả họ tên</source>
        <translation>Name cards: print the names too</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Chọn một hội nghị để tạo văn bản.</source>
        <translation>Choose a conference to create documents.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chọn thư mục lưu văn bản</source>
        <translation>Choose folder for documents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đánh dấu ít nhất một văn bản để tạo.</source>
        <translation>Tick at least one document to create.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%v/%m – {0}</source>
        <translation>%v/%m – {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (đã hủy phần còn lại)</source>
        <translation> (the rest was cancelled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã tạo {0} văn bản trong {1}{2}.</source>
        <translation>Created {0} documents in {1}{2}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không tạo được {0} văn bản:</source>
        <translation>Could not create {0} documents:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đang hủy: dừng sau văn bản đang tạo…</source>
        <translation>Cancelling: stopping after the current document…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chọn một văn bản trong danh sách.</source>
        <translation>Choose a document in the list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{0}” chưa tạo được: {1}</source>
        <translation>“{0}” cannot be made yet: {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không ghi được bản lưu của văn bản: {0}.</source>
        <translation>Cannot write the archived copy of the document: {0}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Đã lưu căn cứ của tờ trình; tạo lại tờ trình để cập nhật.</source>
        <translation>Legal bases of the nomination letter saved; create the letter again to update it.</translation>
    </message>
</context>
<context>
    <name>DocumentsTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/documents_table_model.py" line="+30"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Chưa tạo được: {0}</source>
        <translation>Could not create: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã tạo {0}</source>
        <translation>Created {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa tạo</source>
        <translation>Not created</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../../thidua_desktop/ui/domain_labels.py" line="+14"/>
        <source>tổng số đơn vị thành viên</source>
        <translation>of all member units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>số đại biểu có mặt</source>
        <translation>of delegates present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>số phiếu thu vào</source>
        <translation>of ballots returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>số phiếu hợp lệ</source>
        <translation>of valid ballots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>từ … trở lên (≥)</source>
        <translation>at least … (≥)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trên … (&gt;)</source>
        <translation>more than … (&gt;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đạt</source>
        <translation>Elected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bằng phiếu – bỏ phiếu lại</source>
        <translation>Tied – vote again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đạt tỷ lệ, ngoài số suất</source>
        <translation>Passed, beyond the places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không đạt</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xin rút</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không có giá trị</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ít điểm trừ hơn</source>
        <translation>fewer deductions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>điểm cơ bản cao hơn</source>
        <translation>higher base score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>điểm thưởng cao hơn</source>
        <translation>higher bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tổng điểm tự chấm cao hơn</source>
        <translation>higher self-assessed total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cờ thi đua của Chính phủ</source>
        <translation>Government emulation flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cờ thi đua cấp bộ, ngành, tỉnh</source>
        <translation>Ministry/sector/province emulation flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bằng khen</source>
        <translation>Certificate of merit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh hiệu tập thể</source>
        <translation>Collective title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCVN3 (ABC, phông .VnTime)</source>
        <translation>TCVN3 (ABC, .VnTime fonts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNI (phông VNI-Times)</source>
        <translation>VNI (VNI-Times fonts)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cụm thi đua</source>
        <translation>Emulation cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm thi đua</source>
        <translation>Emulation years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trưởng, phó cụm theo năm</source>
        <translation>Head and deputies by year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Căn cứ pháp lý</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội nghị</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đại biểu, khách mời</source>
        <translation>Delegates and guests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm danh</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mục chương trình</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tham luận, phát biểu</source>
        <translation>Papers and speeches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh hiệu, hình thức khen thưởng</source>
        <translation>Titles and forms of award</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chữ ký giao ước</source>
        <translation>Pledge signatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký danh hiệu</source>
        <translation>Award registrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuộc bỏ phiếu</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị được đề nghị</source>
        <translation>Nominated units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phiếu bầu</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả kiểm phiếu</source>
        <translation>Vote count results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban kiểm phiếu</source>
        <translation>Counting committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bộ tiêu chí chấm điểm</source>
        <translation>Scoring criteria sets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiêu chí chấm điểm</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm chấm</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mẫu văn bản</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn bản đã lập</source>
        <translation>Documents created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số văn bản</source>
        <translation>Document numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lần bàn giao</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/dialogs/excel_import_dialog.py" line="+33"/>
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
        <location line="+29"/>
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
        <location line="+43"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Không nhập được tệp Excel</source>
        <translation>Cannot import the Excel file</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Đang đọc «{0}»…</source>
        <translation>Reading “{0}”…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhập đơn vị từ Excel</source>
        <translation>Import units from Excel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đang đọc «{0}»: {1}/{2} dòng…</source>
        <translation>Reading “{0}”: {1}/{2} rows…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tệp «{0}»: {1} đơn vị sẽ được thêm, {2} đơn vị sẽ được cập nhật, {3} dòng bị bỏ qua, {4} đơn vị không thay đổi (ô để trống giữ nguyên thông tin đã có). Chưa có gì được ghi: bấm «Ghi vào danh sách» để ghi tất cả trong một lần (có thể hoàn tác bằng Ctrl+Z).</source>
        <translation>File “{0}”: {1} units will be added, {2} units updated, {3} rows skipped, {4} units unchanged (a blank cell keeps what is stored). Nothing has been written yet: press “Write to the list” to write everything at once (Ctrl+Z undoes it).</translation>
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
    <name>ExportBox</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/handover_export_box.py" line="+34"/>
        <source>Bàn giao cho năm sau</source>
        <translation>Handover to the next year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lập kèm Biên bản bàn giao (lưu trong gói và cạnh tệp gói)</source>
        <translation>Also make the handover minutes (kept in the package and next to the package file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất gói bàn giao…</source>
        <translation>Export handover package…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đơn vị nhận bàn giao:</source>
        <translation>Receiving unit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp gói:</source>
        <translation>Package file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kích thước tệp:</source>
        <translation>File size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biên bản bàn giao:</source>
        <translation>Handover minutes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 của tệp (so các bản chép của tệp):</source>
        <translation>SHA-256 of the file (to compare copies of the file):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã kiểm tra gói (mã nội dung, in trên biên bản bàn giao):</source>
        <translation>Package checksum (content code, printed on the handover minutes):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bản chép của tệp (USB, thư điện tử) phải có cùng SHA-256 của tệp: kiểm tra bằng sha256sum trên Linux, certutil -hashfile TỆP SHA256 trên Windows. Mã kiểm tra gói là mã của nội dung, in trên biên bản bàn giao.</source>
        <translation>Every copy of the file (USB stick, e-mail) must have the same file SHA-256: check it with sha256sum on Linux, certutil -hashfile FILE SHA256 on Windows. The package checksum is the code of the content, printed on the handover minutes.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(không ghi)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Lưu gói bàn giao</source>
        <translation>Save handover package</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(không lập kèm)</source>
        <translation>(not made)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 nội dung đầy đủ: {0}</source>
        <translation>Full content SHA-256: {0}</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../thidua_desktop/ui/file_menu.py" line="+26"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tạo cụm mới…</source>
        <translation>New cluster…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mở gần đây</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lưu bản sao…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xuất gói bàn giao…</source>
        <translation>Export handover package…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mở gói bàn giao…</source>
        <translation>Open handover package…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mở cụm mẫu để thử</source>
        <translation>Open the demo cluster to try</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(chưa có tệp nào)</source>
        <translation>(no files yet)</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/handover_page.py" line="+49"/>
        <source>Gói bàn giao thidua (*{0});;Mọi tệp (*)</source>
        <translation>thidua handover package (*{0});;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kiểm tra gói…</source>
        <translation>Check package…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở gói nhận được…</source>
        <translation>Open received package…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói nhận được</source>
        <translation>Received package</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bàn giao, sao lưu &amp; lưu trữ</source>
        <translation>Handover, backup &amp; archive</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+3"/>
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã xuất và kiểm tra: {0}</source>
        <translation>Exported and verified: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Xuất gói không thành công.</source>
        <translation>Package export failed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã hủy; không có tệp nào được tạo.</source>
        <translation>Cancelled; no files were created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chọn gói bàn giao</source>
        <translation>Choose handover package</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>KHÔNG HỢP LỆ — {0}</source>
        <translation>INVALID — {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đang kiểm tra gói «{0}» (toàn vẹn, lược đồ, mã kiểm tra)…</source>
        <translation>Checking package «{0}» (integrity, schema, checksum)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lưu ý: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Đang chép dữ liệu của gói vào (một giao dịch: tất cả hoặc không)…</source>
        <translation>Copying the package data in (one transaction: all or nothing)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>KHÔNG MỞ — {0}</source>
        <translation>NOT OPENED — {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Đã mở gói vào tệp riêng: {0}</source>
        <translation>Opened the package into a separate file: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mở tệp này bằng Tệp → Mở…</source>
        <translation>Open this file with File → Open…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mở tệp này khi cần bằng Tệp → Mở… hoặc Mở gần đây.</source>
        <translation>Open this file when needed with File → Open… or Open recent.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Mở gói</source>
        <translation>Open package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nạp gói này vào cơ sở dữ liệu đang mở?</source>
        <translation>Load this package into the open database?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã mở gói.</source>
        <translation>Package opened.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+87"/>
        <location line="+4"/>
        <source>Đã hủy; dữ liệu hiện có không thay đổi.</source>
        <translation>Cancelled; the current data is unchanged.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Gói của cụm khác: «{0}» (máy này: «{1}»).</source>
        <translation>Package of another cluster: “{0}” (this computer: “{1}”).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tệp &apos;{0}&apos; đã tồn tại; hãy chọn tên mới.</source>
        <translation>File &apos;{0}&apos; already exists; choose a new name.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã thay bằng dữ liệu của gói; bản cũ lưu tại {0}</source>
        <translation>Replaced with the package data; the old copy is saved at {0}</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../thidua_desktop/ui/header_bar.py" line="+38"/>
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
        <location filename="../../thidua_desktop/ui/pages/home_page.py" line="+61"/>
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
        <source>Tệp .thidua: được kiểm tra toàn vẹn trước khi nạp, không ghi đè dữ liệu</source>
        <translation>.thidua file: integrity checked before loading, no data overwritten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tạo cụm «{0}»</source>
        <translation>Create cluster “{0}”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cụm mẫu chỉ mở được trong tệp riêng của nó.</source>
        <translation>The demo cluster opens only in its own file.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <translation>&lt;p&gt;Conferences this year: {0}.&lt;/p&gt;</translation>
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
        <location filename="../../thidua_desktop/ui/pages/delegate_widgets.py" line="+148"/>
        <source>Xem trước danh sách nhập từ Excel</source>
        <translation>Preview of the list imported from Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
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
        <translation>Will import as</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sẽ nhập {0}/{1} dòng.</source>
        <translation>{0}/{1} rows will be imported.</translation>
    </message>
</context>
<context>
    <name>KeypadPanel</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/vote_counting_panel.py" line="+90"/>
        <source>Lần nhập 1</source>
        <translation>Entry 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lần nhập 2 (người khác nhập)</source>
        <translation>Entry 2 (by another person)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Số được đánh dấu, Enter</source>
        <translation>Marked numbers, Enter</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Kết quả đã chốt: muốn sửa, bấm “Mở lại để sửa” ở thẻ Kết quả.</source>
        <translation>The result is finalised: to edit, click “Reopen for editing” on the Results tab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập số phiếu phát ra và thu vào (thẻ Chuẩn bị) trước.</source>
        <translation>First enter the ballots issued and returned (Preparation tab).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đã nhập {0}/{1} phiếu</source>
        <translation>Entered {0}/{1} ballots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – đủ</source>
        <translation> – complete</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hai lần nhập khác nhau ở {0} phiếu – chưa thể chốt kết quả:</source>
        <translation>The two entries differ on {0} ballots – the result cannot be finalised yet:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Đã hủy đánh dấu không hợp lệ.</source>
        <translation>Invalid mark cancelled.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Muốn xóa một phiếu đã lưu: ↑ chọn phiếu rồi bấm Ctrl+Delete.</source>
        <translation>To delete a stored ballot: choose it with ↑, then press Ctrl+Delete.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thôi sửa: Enter nhập phiếu tiếp theo.</source>
        <translation>Correction cancelled: Enter keys the next ballot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ô trống: bấm Enter lần nữa để ghi một phiếu trắng.</source>
        <translation>Empty field: press Enter once more to record a blank ballot.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phiếu không hợp lệ – chọn lý do: {0}. Esc = hủy.</source>
        <translation>Invalid ballot – choose a reason: {0}. Esc = cancel.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đang chọn {0}: gõ lại rồi Enter để sửa; Ctrl+Delete = xóa; Esc = thôi.</source>
        <translation>Chosen: {0}. Type it again and press Enter to correct; Ctrl+Delete = delete; Esc = cancel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nhập phiếu tiếp theo.</source>
        <translation>Key the next ballot.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nhập phiếu thứ {0}</source>
        <translation>Key ballot no. {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Phiếu {0}: không hợp lệ – {1}</source>
        <translation>Ballot {0}: invalid – {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phiếu {0}: phiếu trắng (hợp lệ)</source>
        <translation>Ballot {0}: blank (valid)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phiếu {0}: đồng ý với số {1}</source>
        <translation>Ballot {0}: in favour of no. {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sửa phiếu thứ {0}</source>
        <translation>Correct ballot no. {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã sửa: {0} → {1}</source>
        <translation>Corrected: {0} → {1}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Xóa {0}</source>
        <translation>Delete {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} đã xóa (còn {1} phiếu). Ctrl+Z = hoàn tác.</source>
        <translation>{0} deleted ({1} ballots left). Ctrl+Z = undo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Không còn gì để làm lại.</source>
        <translation>Nothing left to redo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không còn gì để hoàn tác.</source>
        <translation>Nothing left to undo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã làm lại: {0}</source>
        <translation>Redone: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã hoàn tác: {0}</source>
        <translation>Undone: {0}</translation>
    </message>
</context>
<context>
    <name>LegacyTextDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/dialogs/legacy_text_dialog.py" line="+28"/>
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
    <name>LegalGroundsDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/dialogs/legal_grounds_dialog.py" line="+46"/>
        <source>Căn cứ của tờ trình năm {0}</source>
        <translation>Legal bases of the {0} nomination letter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sau danh sách, tờ trình tự trích dẫn quyết định của hội nghị: {0}.</source>
        <translation>After the list, the letter cites the conference’s decision by itself: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hội nghị chưa ghi quyết định tổ chức (trang Hội nghị).</source>
        <translation>The conference has no convening decision recorded yet (Conferences page).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ví dụ: Quyết định số 01/QĐ-KVTĐ ngày 15/3/2016 ban hành Quy chế hoạt động …</source>
        <translation>e.g. Quyết định số 01/QĐ-KVTĐ ngày 15/3/2016 ban hành Quy chế hoạt động …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nội dung dòng:</source>
        <translation>Line text:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa dòng chọn</source>
        <translation>Edit selected line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điền lại theo ngày văn bản</source>
        <translation>Refill for the document date</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Các căn cứ in trong tờ trình, theo thứ tự (kéo thả hoặc Lên/Xuống để đổi). Đây là danh sách riêng của năm đã lưu.</source>
        <translation>The legal bases printed in the nomination letter, in order (drag and drop or Up/Down to reorder). This is the year’s saved list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Các căn cứ in trong tờ trình, theo thứ tự. Danh sách được điền sẵn theo các văn bản pháp luật có hiệu lực ngày {0}; hãy thêm văn bản của cụm (quyết định thành lập, Quy chế hoạt động kèm số và ngày, kế hoạch của Bộ/tỉnh) rồi bấm Lưu.</source>
        <translation>The legal bases printed in the nomination letter, in order. The list is prefilled with the legal documents in force on {0}; add the cluster’s own documents (founding decision, Operating Rules with number and date, plan of the Ministry/province), then click Save.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nhập nội dung căn cứ vào ô phía trên trước.</source>
        <translation>Type the text of the legal basis in the box above first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn một dòng trong danh sách để sửa.</source>
        <translation>Choose a line in the list to edit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chọn một dòng trong danh sách để xóa.</source>
        <translation>Choose a line in the list to delete.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sửa căn cứ của tờ trình</source>
        <translation>Edit the legal bases of the nomination letter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../thidua_desktop/ui/main_window.py" line="+320"/>
        <source>Thi đua – Thư ký cụm</source>
        <translation>Emulation – cluster secretary</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+7"/>
        <source>&amp;Trang</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trình &amp;chiếu</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Màn hình trình chiếu hội trường</source>
        <translation>The hall&apos;s presentation screen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+28"/>
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
    <message>
        <location line="+52"/>
        <source>Cụm mẫu để thử</source>
        <translation>Demo cluster (for trying)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang mở CỤM MẪU để thử: mọi thay đổi chỉ ở trong tệp mẫu, không ảnh hưởng cụm của bạn. Tệp → Mở… hoặc Mở gần đây để về cụm của bạn.</source>
        <translation>The DEMO CLUSTER is open for trying: changes stay in the demo file and never touch your cluster. File → Open… or Open recent takes you back to your cluster.</translation>
    </message>
</context>
<context>
    <name>NewVoteDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/dialogs/new_vote_dialog.py" line="+30"/>
        <source>Cuộc bỏ phiếu mới</source>
        <translation>New vote</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(tự đặt theo danh hiệu và năm)</source>
        <translation>(set automatically from award and year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các đơn vị đã đăng ký danh hiệu này</source>
        <translation>Units registered for this award</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn đơn vị:</source>
        <translation>Choose unit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} (đơn vị trực thuộc)</source>
        <translation>{0} (subordinate unit)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Danh hiệu</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên cuộc bỏ phiếu</source>
        <translation>Vote name</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chưa có danh hiệu nào: thêm danh hiệu ở trang Danh hiệu.</source>
        <translation>No awards yet: add awards on the Awards page.</translation>
    </message>
</context>
<context>
    <name>OfficePdf</name>
    <message>
        <location filename="../../thidua_desktop/ui/office_pdf.py" line="+57"/>
        <source>Chưa chuyển được sang PDF: thư mục tạm không dùng được.</source>
        <translation>Could not convert to PDF: the temporary folder is not usable.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>LibreOffice không chuyển được {0} sang PDF.</source>
        <translation>LibreOffice could not convert {0} to PDF.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không chạy được LibreOffice để chuyển văn bản sang PDF.</source>
        <translation>Could not run LibreOffice to convert the document to PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LibreOffice không trả lời sau 2 phút: đã dừng chuyển PDF.</source>
        <translation>LibreOffice did not answer within 2 minutes: PDF conversion stopped.</translation>
    </message>
</context>
<context>
    <name>PackageOpenDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/package_open_dialog.py" line="+34"/>
        <source>Loại dữ liệu</source>
        <translation>Data type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gói thêm</source>
        <translation>Package adds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khác nhau</source>
        <translation>Different</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ có ở máy này</source>
        <translation>Only on this computer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Máy này đã có dữ liệu</source>
        <translation>This computer already has data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dữ liệu hiện có khác với gói (xem bảng). Không có gì bị ghi đè nếu bạn hủy.</source>
        <translation>The current data differs from the package (see table). Nothing is overwritten if you cancel.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Mở thành tệp riêng…</source>
        <translation>Open as a separate file…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Thay dữ liệu hiện có (sao lưu trước)</source>
        <translation>Replace current data (backed up first)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gói của một cụm khác</source>
        <translation>Package of another cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gói này là dữ liệu của cụm «{0}», không phải cụm «{1}» đang mở trên máy này.</source>
        <translation>This package holds the data of cluster “{0}”, not of cluster “{1}” open on this computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nên mở gói thành một tệp riêng: cụm «{0}» giữ nguyên. Thay dữ liệu hiện có sẽ xóa mọi dữ liệu của cụm «{0}» trong tệp này (có sao lưu trước).</source>
        <translation>Better open the package as a separate file: cluster “{0}” stays as it is. Replacing the current data deletes all data of cluster “{0}” in this file (backed up first).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thay dữ liệu hiện có…</source>
        <translation>Replace current data…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Xác nhận thay bằng cụm khác</source>
        <translation>Confirm replacing with another cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thay toàn bộ dữ liệu của cụm «{0}» bằng dữ liệu của cụm «{1}»?</source>
        <translation>Replace all data of cluster “{0}” with the data of cluster “{1}”?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bản hiện tại được sao lưu trước; có thể khôi phục ở mục «Sao lưu tự động».</source>
        <translation>The current version is backed up first; it can be restored under “Automatic backups”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thay bằng cụm «{0}»</source>
        <translation>Replace with cluster “{0}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không thay</source>
        <translation>Do not replace</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mở gói thành tệp riêng</source>
        <translation>Open the package as a separate file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cụm thi đua (*.db)</source>
        <translation>Cluster files (*.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mở tệp mới</source>
        <translation>Open the new file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã mở gói vào tệp «{0}». Mở tệp đó ngay bây giờ (tệp đang mở sẽ được đóng lại)?</source>
        <translation>Opened the package into the file “{0}”. Open that file now (the open file will be closed)?</translation>
    </message>
</context>
<context>
    <name>PdfPrintPreview</name>
    <message>
        <location filename="../../thidua_desktop/ui/print_preview.py" line="+151"/>
        <source>Xem trước khi in – {0}</source>
        <translation>Print preview – {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+12"/>
        <location line="+72"/>
        <source>In {0}</source>
        <translation>Print {0}</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Khoảng trang đã chọn không có trang nào: văn bản có {0} trang.</source>
        <translation>The chosen page range has no pages: the document has {0} pages.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã đóng xem trước: chưa in {0}.</source>
        <translation>Preview closed: {0} was not printed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã in {0} trang ra tệp {1}.</source>
        <translation>Printed {0} pages to the file {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã gửi {0} trang × {1} bản của {2} tới máy in {3}.</source>
        <translation>Sent {0} pages × {1} copies of {2} to the printer {3}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Máy in không nhận lệnh in: kiểm tra máy in rồi thử lại.</source>
        <translation>The printer did not accept the print job: check the printer and try again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đã hủy in sau {0} trang.</source>
        <translation>Printing cancelled after {0} pages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Máy in dừng giữa chừng: kiểm tra máy in.</source>
        <translation>The printer stopped midway: check the printer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đang gửi các trang tới máy in…</source>
        <translation>Sending the pages to the printer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
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
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày ký</source>
        <translation>Date signed</translation>
    </message>
</context>
<context>
    <name>PledgesPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/pledges_page.py" line="+45"/>
        <source>Nội dung giao ước, mỗi cam kết một dòng</source>
        <translation>Pledge content, one commitment per line</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chủ đề thi đua</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung giao ước</source>
        <translation>Pledge content</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Chưa chọn năm</source>
        <translation>No year selected</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Giao ước thi đua năm {0}</source>
        <translation>Emulation pledge {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}/{1} đơn vị đã ký giao ước</source>
        <translation>{0}/{1} units have signed the pledge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} đơn vị đăng ký {1}</source>
        <translation>{0} units registered for {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đăng ký: </source>
        <translation>Registered: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chưa có đăng ký nào.</source>
        <translation>No registrations yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sửa giao ước thi đua</source>
        <translation>Edit emulation pledge</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đăng ký danh hiệu: {0}</source>
        <translation>Register for award: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bỏ đăng ký: {0}</source>
        <translation>Withdraw registration: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ký giao ước: {0}</source>
        <translation>Pledge signed: {0}</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/dialogs/template_dialogs.py" line="+30"/>
        <source>Kiểm tra mẫu – {0}</source>
        <translation>Check template – {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa dùng {0}: mẫu có {1} lỗi. Mẫu đang dùng không thay đổi; sửa trong Word rồi chọn lại.</source>
        <translation>{0} is not used: the template has {1} error(s). The template in use is unchanged; fix it in Word and choose it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mẫu có {0} lỗi, chưa dùng được.</source>
        <translation>The template has {0} error(s) and cannot be used yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mẫu dùng được; có {0} lưu ý.</source>
        <translation>Template is usable; {0} note(s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mẫu dùng được, không có lỗi.</source>
        <translation>Template is usable, no errors.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lỗi: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lưu ý: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(Không có bản xem trước vì mẫu còn lỗi.)</source>
        <translation>(No preview: the template still has errors.)</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <location filename="../../thidua_desktop/ui/main_window.py" line="-276"/>
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
        <location line="+3"/>
        <source>Hội nghị</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Điểm danh</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chương trình &amp; thảo luận</source>
        <translation>Agenda &amp; discussion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giao ước &amp; đăng ký</source>
        <translation>Pledges &amp; registrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh hiệu</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ phiếu</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bàn giao &amp; lưu trữ</source>
        <translation>Handover &amp; archive</translation>
    </message>
    <message>
        <location filename="../../thidua_desktop/ui/audience/control.py" line="+25"/>
        <source>Trình chiếu</source>
        <translation>Presentation</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/print_preview.py" line="-92"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>RecoveryWindow</name>
    <message>
        <location filename="../../thidua_desktop/ui/recovery_window.py" line="+39"/>
        <source>Khôi phục «{0}» – Thi đua</source>
        <translation>Recover “{0}” – Emulation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không mở được tệp «{0}»</source>
        <translation>Cannot open the file “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Khôi phục bản này…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thử mở lại</source>
        <translation>Try opening again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở tệp khác…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>dùng được</source>
        <translation>usable</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chọn một bản sao lưu tự động rồi bấm «Khôi phục bản này…». Tệp hỏng không bị xóa: nó được đổi tên và giữ lại trong cùng thư mục.</source>
        <translation>Choose an automatic backup, then click “Restore this backup…”. The damaged file is not deleted: it is renamed and kept in the same folder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không có bản sao lưu tự động nào dùng được bên cạnh tệp này: hãy mở tệp khác, một bản sao hoặc gói bàn giao gần nhất (Tệp → Mở…).</source>
        <translation>There is no usable automatic backup next to this file: open another file, a copy or the latest handover package (File → Open…).</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../thidua_desktop/ui/dialogs/template_dialogs.py" line="+15"/>
        <source>Tham chiếu trường dữ liệu</source>
        <translation>Data field reference</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gõ trường vào mẫu Word đúng như cột đầu, ví dụ {{ hoi_nghi.ten }}. Dòng lặp trong bảng: {%tr for r in v.dong %} … {%tr endfor %}.</source>
        <translation>Type fields into the Word template exactly as in the first column, e.g. {{ hoi_nghi.ten }}. Repeating table rows: {%tr for r in v.dong %} … {%tr endfor %}.</translation>
    </message>
</context>
<context>
    <name>RotationTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/rotation_table_model.py" line="+17"/>
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
        <location filename="../../thidua_desktop/ui/models/score_table_model.py" line="+89"/>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} — tối đa {1} điểm</source>
        <translation>{0} — max. {1} points</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chưa chấm</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cơ bản {0} + thưởng {1} − trừ {2}</source>
        <translation>Base {0} + bonus {1} − deduction {2}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} (tối đa {1})</source>
        <translation>{0} (max. {1})</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/scoring_page.py" line="+59"/>
        <source>Điểm Cụm chấm</source>
        <translation>Cluster’s scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm đơn vị tự chấm</source>
        <translation>Units’ self-assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bảng tiêu chí mới…</source>
        <translation>New table…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao chép từ năm trước</source>
        <translation>Copy from last year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa tiêu chí…</source>
        <translation>Edit criteria…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập tiêu chí từ Excel…</source>
        <translation>Criteria from Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập điểm từ Excel…</source>
        <translation>Scores from Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bảng chấm điểm:</source>
        <translation>Scoring table:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tổng điểm</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đưa vào danh sách bỏ phiếu</source>
        <translation>Add to ballot list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đề xuất</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đơn vị đầu bảng vào</source>
        <translation>top units for</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Tất cả đơn vị thành viên</source>
        <translation>All member units</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đơn vị đăng ký: {0}</source>
        <translation>Registered units: {0}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>bằng điểm</source>
        <translation>tied</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa ghi điểm của {0}: {1}</source>
        <translation>Scores of {0} not saved: {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Năm này đã lưu trữ, chỉ xem: chưa sửa gì.</source>
        <translation>This year is archived, view only: nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bảng tiêu chí mới</source>
        <translation>New criteria table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên bảng:</source>
        <translation>Table name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không tạo được</source>
        <translation>Could not create</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Không sao chép được</source>
        <translation>Could not copy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bảng tính (*.xlsx *.xls)</source>
        <translation>Spreadsheets (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhập bảng tiêu chí</source>
        <translation>Import criteria table</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <source>Không nhập được</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Nhập điểm</source>
        <translation>Import scores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không đọc được</source>
        <translation>Could not read</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa nhập được</source>
        <translation>Cannot import yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xem trước khi nhập</source>
        <translation>Preview before import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ghi vào?</source>
        <translation>Save?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Xuất bảng điểm</source>
        <translation>Export scores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bảng tính (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã xuất {0}</source>
        <translation>Exported {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn bảng điểm và cuộc bỏ phiếu trước.</source>
        <translation>Choose a scoring table and a vote first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã đưa {0} đơn vị vào danh sách bỏ phiếu.</source>
        <translation>Added {0} units to the ballot list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Các đơn vị đầu bảng đã có sẵn trong danh sách bỏ phiếu.</source>
        <translation>The top units are already in the vote list.</translation>
    </message>
    <message>
        <location filename="../../thidua_desktop/ui/pages/scoring_widgets.py" line="+65"/>
        <source>
… và {0} tiêu chí khác</source>
        <translation>
… and {0} more criteria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cập nhật năm trong tiêu chí</source>
        <translation>Update the year in criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} tiêu chí chép từ năm {1} còn ghi «năm {1}»:
{2}{3}

Đổi «năm {1}» thành «năm {4}» trong các tiêu chí này?</source>
        <translation>{0} criteria copied from {1} still mention the year {1}:
{2}{3}

Change the year {1} to {4} in these criteria?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã giữ nguyên «năm {0}» trong các tiêu chí chép sang.</source>
        <translation>Kept the year {0} in the copied criteria.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đổi «năm {0}» thành «năm {1}» trong tiêu chí</source>
        <translation>Change the year {0} to {1} in criteria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã đổi «năm {0}» thành «năm {1}» trong {2} tiêu chí.</source>
        <translation>Changed the year {0} to {1} in {2} criteria.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sao chép bảng tiêu chí năm {0}</source>
        <translation>Copy the {0} criteria table</translation>
    </message>
</context>
<context>
    <name>ServiceJob</name>
    <message>
        <location filename="../../thidua_desktop/ui/background.py" line="+63"/>
        <source>Lỗi không mong muốn: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>SpeechTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/agenda_table_model.py" line="+53"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị / Cơ quan</source>
        <translation>Unit / Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ý kiến</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../thidua_desktop/ui/start_window.py" line="+35"/>
        <source>Thi đua – Thư ký cụm</source>
        <translation>Emulation – Cluster secretary</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa mở cụm nào</source>
        <translation>No cluster is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo một cụm mới, mở tệp của cụm, hoặc mở cụm mẫu để thử.</source>
        <translation>Create a new cluster, open a cluster file, or open the demo cluster to try.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tạo cụm mới…</source>
        <translation>New cluster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở tệp…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở cụm mẫu để thử</source>
        <translation>Open the demo cluster to try</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mở gần đây:</source>
        <translation>Open recent:</translation>
    </message>
</context>
<context>
    <name>TemplateTools</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/template_tools.py" line="+36"/>
        <source>Mẫu văn bản Word</source>
        <translation>Word document templates</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mở mẫu trong Word</source>
        <translation>Open template in Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dùng mẫu đã sửa…</source>
        <translation>Use edited template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiểm tra mẫu</source>
        <translation>Check template</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+142"/>
        <source>Khôi phục mẫu mặc định</source>
        <translation>Restore default template</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Tham chiếu trường dữ liệu</source>
        <translation>Data field reference</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đang dùng mẫu riêng của cụm (sửa lúc {0})</source>
        <translation>Using the cluster’s own template (edited {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang dùng mẫu mặc định (theo Nghị định 30/2020/NĐ-CP)</source>
        <translation>Using the default template (per Decree 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đã mở {0}. Sửa, lưu trong Word rồi bấm “Dùng mẫu đã sửa…”.</source>
        <translation>Opened {0}. Edit and save it in Word, then click “Use edited template…”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chọn mẫu Word đã sửa</source>
        <translation>Choose the edited Word template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Không dùng {0} làm mẫu “{1}”: mẫu có {2} lỗi (xem danh sách). Mẫu đang dùng không thay đổi.</source>
        <translation>{0} is not used as the “{1}” template: it has {2} error(s) (see the list). The template in use is unchanged.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… và {0} lưu ý khác.</source>
        <translation>… and {0} more note(s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mẫu có lưu ý</source>
        <translation>Template has notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mẫu {0} dùng được nhưng có {1} lưu ý:
{2}

Vẫn dùng mẫu này cho “{3}”?</source>
        <translation>Template {0} is usable but has {1} note(s):
{2}

Use this template for “{3}” anyway?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa dùng mẫu {0}; mẫu đang dùng không thay đổi.</source>
        <translation>Template {0} not used; the template in use is unchanged.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã kiểm tra và dùng {0} làm mẫu “{1}”.</source>
        <translation>Checked {0} and now using it as the “{1}” template.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đã kiểm tra mẫu {0}.</source>
        <translation>Template {0} checked.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bỏ mẫu riêng của cụm cho “{0}” và dùng lại mẫu mặc định?</source>
        <translation>Discard the cluster’s own template for “{0}” and use the default template again?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã khôi phục mẫu mặc định.</source>
        <translation>Default template restored.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang dùng mẫu mặc định.</source>
        <translation>Using the default template.</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/vote_totals_panel.py" line="+38"/>
        <source>Kiểm tra và lưu số phiếu</source>
        <translation>Check and save vote counts</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Số phiếu hợp lệ</source>
        <translation>Valid ballots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số phiếu không hợp lệ</source>
        <translation>Invalid ballots</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chưa lưu: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã lưu số phiếu.</source>
        <translation>Vote counts saved.</translation>
    </message>
</context>
<context>
    <name>UndoableEdits</name>
    <message>
        <location filename="../../thidua_desktop/ui/undo.py" line="+96"/>
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
        <location filename="../../thidua_desktop/ui/models/unit_table_model.py" line="+18"/>
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
        <location line="+17"/>
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
        <location filename="../../thidua_desktop/ui/pages/units_page.py" line="+53"/>
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
        <location line="+23"/>
        <source>{0} — {1} đơn vị, {2} thành viên đang hoạt động</source>
        <translation>{0} — {1} units, {2} active members</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa có cụm thi đua: tạo cụm ở trang Bắt đầu.</source>
        <translation>No cluster yet: create one on the Start page.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sửa đơn vị «{0}»</source>
        <translation>Edit unit “{0}”</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+22"/>
        <source>Nhập {0} đơn vị từ Excel</source>
        <translation>Import {0} units from Excel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Xuất danh sách đơn vị</source>
        <translation>Export the unit list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bảng tính (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>VoteBallotTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/vote_ballot_table_model.py" line="+22"/>
        <source>Phiếu</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng ý với số</source>
        <translation>In favour of no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(trắng)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không hợp lệ: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>VoteCandidateTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/vote_candidate_table_model.py" line="+30"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xin rút</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú xin rút</source>
        <translation>Withdrawal note</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} (đơn vị trực thuộc)</source>
        <translation>{0} (subordinate unit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chưa đăng ký</source>
        <translation>Not registered</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <location filename="../../thidua_desktop/ui/vote_chart.py" line="+36"/>
        <source>Ngưỡng {0}</source>
        <translation>Threshold {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chưa có kết quả</source>
        <translation>No results yet</translation>
    </message>
</context>
<context>
    <name>VoteResultTableModel</name>
    <message>
        <location filename="../../thidua_desktop/ui/models/vote_result_table_model.py" line="+45"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số phiếu</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>VoteResultsPanel</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/vote_results_panel.py" line="+39"/>
        <source>{0} ngày {1}</source>
        <translation>{0} on {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chốt kết quả</source>
        <translation>Finalise result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở lại để sửa</source>
        <translation>Reopen for editing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ phiếu vòng mới giữa các đơn vị bằng phiếu</source>
        <translation>New voting round between tied units</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Chưa tính được kết quả: {0}</source>
        <translation>Cannot compute the result yet: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kết quả đã chốt lúc {0}.</source>
        <translation>Result finalised at {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa thể chốt: </source>
        <translation>Cannot finalise yet: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kết quả đầy đủ, có thể chốt.</source>
        <translation>Result complete, ready to finalise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KẾT QUẢ KHÔNG CÓ GIÁ TRỊ: </source>
        <translation>RESULT NOT VALID: </translation>
    </message>
</context>
<context>
    <name>VoteSetupPanel</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/vote_setup_panel.py" line="+63"/>
        <source>Thêm vào phiếu</source>
        <translation>Add to ballot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bỏ khỏi phiếu</source>
        <translation>Remove from ballot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lấy từ điểm danh</source>
        <translation>Take from check-in</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phần trăm (70, 66,67) hoặc phân số (2/3)</source>
        <translation>Percentage (70, 66,67) or fraction (2/3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập từng phiếu (bàn phím số)</source>
        <translation>Enter each ballot (numeric keypad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập số tổng hợp của Ban kiểm phiếu</source>
        <translation>Enter the counting committee’s totals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập hai lần (người thứ hai nhập lại để đối chiếu)</source>
        <translation>Double entry (a second person re-enters to cross-check)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xóa thành viên</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Trưởng ban</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danh sách ứng cử (số thứ tự trên phiếu)</source>
        <translation>Candidates (number on the ballot)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Số đại biểu và số phiếu</source>
        <translation>Delegates and ballots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tổng số đơn vị thành viên</source>
        <translation>Total member units</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Số đơn vị có mặt</source>
        <translation>Units present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số phiếu phát ra</source>
        <translation>Ballots issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số phiếu thu vào</source>
        <translation>Ballots returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cách nhập</source>
        <translation>Entry method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quy tắc của lần bỏ phiếu này</source>
        <translation>Rules for this vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tỷ lệ đạt (%)</source>
        <translation>Threshold (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So sánh</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tính trên</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số suất</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ có mặt tối thiểu (%)</source>
        <translation>Minimum attendance (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban kiểm phiếu</source>
        <translation>Counting committee</translation>
    </message>
    <message>
        <location line="+59"/>
        <source> (chưa đăng ký)</source>
        <translation> (not registered)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu ý: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ủy viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Sửa số phiếu</source>
        <translation>Edit vote counts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa lưu: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sửa quy tắc</source>
        <translation>Edit rules</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Xóa thành viên Ban kiểm phiếu</source>
        <translation>Remove counting committee member</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Thêm thành viên Ban kiểm phiếu</source>
        <translation>Add counting committee member</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/votes_page.py" line="+54"/>
        <source>Mới…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa cuộc bỏ phiếu tạo nhầm (kèm các phiếu đã nhập)</source>
        <translation>Delete a vote created by mistake (with its entered ballots)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>theo số có mặt</source>
        <translation>as many as present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In phiếu bầu…</source>
        <translation>Print ballots…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biểu đồ PNG…</source>
        <translation>PNG chart…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1. Chuẩn bị</source>
        <translation>1. Preparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Kiểm phiếu</source>
        <translation>2. Counting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Kết quả</source>
        <translation>3. Results</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cuộc bỏ phiếu:</source>
        <translation>Vote:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Số bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>đã chốt</source>
        <translation>finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>đang mở</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn một hội nghị để xem các cuộc bỏ phiếu.</source>
        <translation>Choose a conference to see its votes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hội nghị này chưa có cuộc bỏ phiếu nào: bấm “Mới…” để tạo.</source>
        <translation>This conference has no votes yet: click “New…” to create one.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Năm này đã lưu trữ, chỉ xem: chưa tạo cuộc bỏ phiếu.</source>
        <translation>This year is archived, view only: no vote was created.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Xóa cuộc bỏ phiếu</source>
        <translation>Delete vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa “{0}” cùng {1} phiếu đã nhập?</source>
        <translation>Delete “{0}” and its {1} entered ballots?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lưu phiếu bầu</source>
        <translation>Save ballots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã lưu {0} phiếu bầu vào {1}</source>
        <translation>Saved {0} ballots to {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lưu biểu đồ</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã lưu biểu đồ vào {0}</source>
        <translation>Chart saved to {0}</translation>
    </message>
</context>
<context>
    <name>WalkInRow</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/delegate_widgets.py" line="-91"/>
        <source>Đại biểu đơn vị</source>
        <translation>Unit delegate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thêm và điểm danh (Enter)</source>
        <translation>Add and check in (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Người chưa có trong danh sách:</source>
        <translation>Person not yet on the list:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cơ quan, tổ chức</source>
        <translation>Agency, organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đơn vị (gõ vài chữ để chọn)</source>
        <translation>Unit (type a few letters to choose)</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../thidua_desktop/ui/widgets.py" line="+216"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>YearsPage</name>
    <message>
        <location filename="../../thidua_desktop/ui/pages/years_page.py" line="+47"/>
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
        <location line="+16"/>
        <source>Năm đang chọn</source>
        <translation>Selected year</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+42"/>
        <source>Năm {0} đã lưu trữ: chỉ xem, không sửa được. Muốn sửa, bấm «Mở khóa để sửa…» trên thanh phía trên.</source>
        <translation>Year {0} is archived: view only, no edits. To edit, click “Unlock to edit…” on the bar above.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(chưa chọn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+19"/>
        <source>Năm này đã lưu trữ, chỉ xem: chủ đề không sửa được.</source>
        <translation>This year is archived, view only: the theme cannot be edited.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sửa chủ đề năm</source>
        <translation>Edit the year&apos;s theme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chủ đề chưa được lưu: {0}</source>
        <translation>Theme not saved: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đổi trưởng/phó cụm</source>
        <translation>Change head/deputies</translation>
    </message>
</context>
</TS>
