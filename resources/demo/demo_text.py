"""Texts of the demo cluster: names, themes, pledges, agendas and speeches (sources in README.md)."""

from __future__ import annotations

CLUSTER = "Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền núi phía Bắc"
REGULATION = (
    "Quy chế hoạt động của Khu vực thi đua (nội dung dựng cho dữ liệu mẫu): tập thể được suy tôn "
    "phải đạt từ 70% trở lên số phiếu đồng ý trên tổng số đơn vị thành viên; việc bỏ phiếu chỉ có "
    "giá trị khi có từ 2/3 số đơn vị thành viên trở lên có mặt; số suất đề nghị theo từng "
    "danh hiệu do Bộ Tư pháp phân bổ."
)
# The order of domain.md (the order the seeds list them in).
PROVINCES = (
    "Hà Giang",
    "Tuyên Quang",
    "Cao Bằng",
    "Bắc Kạn",
    "Hòa Bình",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Lào Cai",
    "Yên Bái",
    "Thái Nguyên",
    "Bắc Giang",
    "Phú Thọ",
)
# The 8 Chi cục THADS suy tôn for the sector flag in 2016 (districts invented; Yên Bái has two,
# which with its Cục makes the seed's "03 tập thể" of Yên Bái).
BRANCHES = (
    ("Yên Bái", "huyện Văn Chấn"),
    ("Yên Bái", "huyện Trấn Yên"),
    ("Hà Giang", "huyện Bắc Quang"),
    ("Tuyên Quang", "huyện Sơn Dương"),
    ("Điện Biên", "huyện Điện Biên"),
    ("Sơn La", "huyện Mộc Châu"),
    ("Lào Cai", "huyện Bảo Thắng"),
    ("Phú Thọ", "huyện Lâm Thao"),
)

# Name parts for invented people (the northern mountain provinces: Kinh, Tày, Nùng, Thái, Mường).
SURNAMES = (
    "Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Phạm Hoàng Hoàng Vũ Vũ Đặng Bùi "
    "Đỗ Ngô Dương Hà Nông Lò Lường Ma Đinh Triệu Vi Lương"
).split()
MALE_MIDDLE = "Văn Văn Văn Đức Minh Quang Xuân Mạnh Thanh Hữu Ngọc Trọng Tiến Công Đình".split()
MALE_GIVEN = (
    "Hùng Dũng Tuấn Thắng Sơn Long Cường Thành Trung Hưng Bình Phong Khánh Toàn Lâm Quý Chiến "
    "Hiếu Nam Vinh Tùng Kiên Hòa Đông Tiến Thịnh Hoàn Định"
).split()
FEMALE_MIDDLE = ("Thị", "Thị", "Thị Thu", "Thị Thanh", "Thị Minh", "Thu", "Thanh", "Thị Hồng")
FEMALE_GIVEN = (
    "Hà Hương Lan Hoa Huyền Nga Thủy Hằng Mai Yến Trang Dung Nhung Oanh Hạnh Thảo Loan Vân Liên"
).split()
STAFF_TITLES = {
    "Sở Tư pháp": ("Chánh Văn phòng", "Phó Chánh Văn phòng", "Chuyên viên Văn phòng"),
    "Cục THADS": (
        "Chánh Văn phòng",
        "Phó Chánh Văn phòng",
        "Trưởng phòng Tổ chức cán bộ",
        "Chuyên viên Văn phòng",
    ),
}

THEME_2016 = (
    "Toàn ngành Tư pháp đoàn kết, sáng tạo, kỷ cương, thi đua hoàn thành xuất sắc nhiệm vụ "
    "chính trị được giao năm 2016"
)
THEME_2017 = (
    "Toàn ngành Tư pháp đoàn kết, kỷ cương, đổi mới, sáng tạo, thi đua hoàn thành xuất sắc "
    "nhiệm vụ chính trị được giao năm 2017"
)
THEME_2018 = (
    "Toàn ngành Tư pháp tiếp tục đổi mới lề lối làm việc, siết chặt kỷ luật, kỷ cương; nâng cao "
    "hiệu lực, hiệu quả thi hành pháp luật; đẩy mạnh ứng dụng công nghệ thông tin, thi đua hoàn "
    "thành xuất sắc nhiệm vụ chính trị được giao năm 2018"
)
PLEDGE_2016 = (
    "Quán triệt, thực hiện nghiêm các chủ trương của Đảng, chính sách, pháp luật của Nhà nước "
    "về thi đua, khen thưởng; hưởng ứng phong trào thi đua “" + THEME_2016 + "”.",
    "Phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ công tác tư pháp, thi hành "
    "án dân sự năm 2016 do Bộ Tư pháp, Tổng cục Thi hành án dân sự và Ủy ban nhân dân tỉnh giao.",
    "Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin; nâng cao chất lượng phục vụ "
    "người dân và doanh nghiệp.",
    "Gắn phong trào thi đua với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
    "Minh; xây dựng đội ngũ công chức tư pháp, thi hành án dân sự trong sạch, vững mạnh.",
    "Tổ chức các phong trào thi đua theo chuyên đề, theo đợt; phát hiện, bồi dưỡng và nhân rộng "
    "các điển hình tiên tiến.",
    "Thực hiện tốt quy chế dân chủ ở cơ sở, thực hành tiết kiệm, chống lãng phí, phòng, chống "
    "tham nhũng.",
    "Thực hiện nghiêm chế độ thông tin, báo cáo; tham gia đầy đủ các hoạt động chung của Khu vực "
    "thi đua.",
)
PLEDGE_2018 = (
    "Hưởng ứng phong trào thi đua “" + THEME_2018 + "”.",
    "Thực hiện phong trào thi đua “Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới”.",
    "Thực hiện phong trào thi đua “Cán bộ tư pháp đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
    "phong cách Hồ Chí Minh”.",
    "Hưởng ứng các phong trào “Cả nước chung sức vì người nghèo - không để ai bị bỏ lại phía sau” "
    "và “Doanh nghiệp Việt Nam hội nhập và phát triển”.",
    "Phấn đấu hoàn thành vượt mức các chỉ tiêu, nhiệm vụ công tác tư pháp, thi hành án dân sự năm "
    "2018; tổ chức 02 đợt thi đua cao điểm: đợt 1 đến ngày 30/6/2018, đợt 2 từ ngày 01/7/2018 "
    "đến hết năm.",
    "Phát hiện, bồi dưỡng, nhân rộng các mô hình mới, cách làm hay, gương người tốt, việc tốt; "
    "kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu.",
    "Thực hiện nghiêm chế độ thông tin, báo cáo; tham gia đầy đủ các hoạt động chung của Khu vực "
    "thi đua.",
)

# Guests: (key, full name, title, organization); "invented" in README for the unnamed ones.
GUESTS = (
    (
        "thu_truong",
        "Lê Tiến Châu",
        "Ủy viên Ban cán sự Đảng, Thứ trưởng Bộ Tư pháp",
        "Bộ Tư pháp",
    ),
    (
        "ubnd",
        "Nguyễn Văn Chương",
        "Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình",
        "Ủy ban nhân dân tỉnh Hòa Bình",
    ),
    (
        "tong_cuc",
        "Mai Lương Khôi",
        "Phó Tổng cục trưởng Tổng cục Thi hành án dân sự",
        "Tổng cục Thi hành án dân sự",
    ),
    (
        "vu_tdkt",
        "Nguyễn Đức Toàn",
        "Phó Vụ trưởng Vụ Thi đua – Khen thưởng",
        "Vụ Thi đua – Khen thưởng, Bộ Tư pháp",
    ),
    (
        "noi_vu",
        "Bùi Văn Thịnh",
        "Phó Giám đốc Sở Nội vụ tỉnh Hòa Bình",
        "Sở Nội vụ tỉnh Hòa Bình",
    ),
    (
        "tong_cuc_vp",
        "Đỗ Thị Minh Nguyệt",
        "Phó Chánh Văn phòng Tổng cục Thi hành án dân sự",
        "Tổng cục Thi hành án dân sự",
    ),
)

SUMMARY_2016 = (
    "Hội nghị đã đánh giá kết quả công tác thi đua, khen thưởng năm 2016 và đề ra nhiệm vụ, "
    "phương hướng năm 2017.\n"
    "Hội nghị bỏ phiếu bình xét, suy tôn: đề nghị Bộ Tư pháp xem xét, trình Chính phủ tặng Cờ "
    "thi đua cho 02 Cục THADS; đề nghị Bộ Tư pháp tặng Cờ thi đua ngành Tư pháp năm 2016 cho "
    "03 Sở Tư pháp, 04 Cục THADS và 08 Chi cục THADS.\n"
    "Bàn giao nhiệm vụ Trưởng, Phó trưởng Khu vực thi đua năm 2017: Cục THADS tỉnh Yên Bái làm "
    "Trưởng Khu vực; Sở Tư pháp tỉnh Thái Nguyên và Cục THADS tỉnh Tuyên Quang làm Phó trưởng "
    "Khu vực.\n"
    "Các đơn vị triển khai thực hiện 07 nhiệm vụ trọng tâm năm 2017 theo chỉ đạo của Thứ trưởng "
    "Lê Tiến Châu."
)
WELCOME_POINTS = (
    "Trong những năm qua, công tác tư pháp của tỉnh Hòa Bình đã đạt được nhiều kết quả đáng "
    "khích lệ.",
    "Tỉnh Hòa Bình nói riêng và các tỉnh miền núi phía Bắc nói chung sẽ tiếp tục bám sát các "
    "nhiệm vụ của Bộ, ngành, địa phương.",
    "Tăng cường kiểm tra, giám sát, tổng kết, đánh giá phong trào thi đua để công tác này ngày "
    "càng đi vào nền nếp, hiệu quả và thực chất.",
)
REPORT_POINTS = (
    "Công tác thi đua, khen thưởng năm 2016 của Khu vực được quan tâm tổ chức thực hiện; kịp "
    "thời ban hành kế hoạch, tổ chức phát động, ký kết giao ước thi đua giữa các đơn vị.",
    "Phong trào thi đua được triển khai đúng hướng, bám sát nhiệm vụ chính trị của địa phương, "
    "có nhiều khởi sắc, tạo không khí thi đua sôi nổi.",
    "Phong trào thi đua của Khu vực còn bộc lộ một số hạn chế.",
    "Năm 2017: tiếp tục triển khai tốt các phong trào thi đua gắn với nhiệm vụ chuyên môn của "
    "từng đơn vị; kiện toàn tổ chức bộ máy, xây dựng đội ngũ công chức tư pháp trong sạch, vững "
    "mạnh, đáp ứng yêu cầu cải cách tư pháp.",
)
# Tham luận (invented content): (unit key "kind/province", points)
CONTRIBUTIONS_2016 = (
    (
        "Cục THADS/Hà Giang",
        (
            "Gắn phong trào thi đua với chỉ tiêu thi hành xong về việc và về tiền.",
            "Giao chỉ tiêu đến từng Chấp hành viên, kiểm tra tiến độ hằng tháng.",
        ),
    ),
    (
        "Sở Tư pháp/Lào Cai",
        (
            "Tổ chức thi đua theo chuyên đề trong công tác hộ tịch, chứng thực và phổ biến, giáo "
            "dục pháp luật ở vùng cao.",
            "Đề nghị Khu vực tăng cường trao đổi kinh nghiệm giữa các đơn vị.",
        ),
    ),
    (
        "Cục THADS/Điện Biên",
        (
            "Phát hiện, bồi dưỡng điển hình tiên tiến ở các Chi cục vùng sâu, vùng xa.",
            "Kiến nghị Bộ Tư pháp hướng dẫn thống nhất tiêu chí chấm điểm thi đua giữa Sở Tư pháp "
            "và Cục THADS.",
        ),
    ),
)
DIRECTION_POINTS = (
    "Ghi nhận, biểu dương những kết quả, thành tích Khu vực đạt được năm 2016; thẳng thắn chỉ ra "
    "hạn chế và phân tích nguyên nhân.",
    "07 nhiệm vụ trọng tâm năm 2017:",
    "1. Tiếp tục quán triệt sâu sắc tư tưởng Hồ Chí Minh, các quan điểm, chủ trương của Đảng, "
    "chính sách, pháp luật của Nhà nước về thi đua, khen thưởng.",
    "2. Triển khai có hiệu quả các phong trào thi đua thực hiện nhiệm vụ chuyên môn gắn với phong "
    "trào thi đua theo chuyên đề, theo đợt.",
    "3. Phát huy tối đa vai trò định hướng của cấp ủy đảng, địa phương, lãnh đạo các cơ quan, đơn "
    "vị, đoàn thể.",
    "4. Đổi mới nội dung, hình thức tổ chức các phong trào thi đua, gắn với nhiệm vụ chính trị, "
    "chuyên môn.",
    "5. Xây dựng kế hoạch, chương trình phát hiện, nuôi dưỡng và nhân rộng các mô hình, gương "
    "điển hình tiên tiến.",
    "6. Củng cố, kiện toàn đội ngũ công chức làm công tác thi đua, khen thưởng.",
    "7. Đẩy mạnh công tác kiểm tra, giám sát, bình xét, suy tôn các gương điển hình tiên tiến.",
)
CONTRIBUTIONS_2018 = (
    (
        "Cục THADS/Lào Cai",
        ("Đề nghị bổ sung chỉ tiêu giảm án tồn đọng vào nội dung giao ước thi đua năm 2018.",),
    ),
    (
        "Sở Tư pháp/Phú Thọ",
        (
            "Đề nghị Khu vực tổ chức sơ kết 6 tháng luân phiên tại một tỉnh để trao đổi kinh "
            "nghiệm trực tiếp.",
        ),
    ),
    (
        "Sở Tư pháp/Sơn La",
        (
            "Thống nhất dự thảo Kế hoạch; đề nghị gắn phong trào “Ngành Tư pháp chung sức góp "
            "phần xây dựng nông thôn mới” với tiêu chí tiếp cận pháp luật ở cấp xã.",
        ),
    ),
)

# Scoring 2016: groups of (title, [(title, max points)]); then bonus and penalty.
CRITERIA_2016 = (
    (
        "Thực hiện nhiệm vụ chính trị, chuyên môn",
        (
            ("Kết quả thực hiện các chỉ tiêu, nhiệm vụ chuyên môn được giao năm 2016", 30.0),
            ("Tiến độ, chất lượng thực hiện các nhiệm vụ trọng tâm theo kế hoạch năm", 10.0),
            ("Cải cách hành chính, ứng dụng công nghệ thông tin", 10.0),
        ),
    ),
    (
        "Tổ chức phong trào thi đua, công tác khen thưởng",
        (
            ("Phát động, ký kết giao ước và đăng ký thi đua", 8.0),
            ("Tổ chức phong trào thi đua theo chuyên đề, theo đợt", 8.0),
            ("Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", 7.0),
            ("Chế độ thông tin, báo cáo về thi đua, khen thưởng", 7.0),
        ),
    ),
    (
        "Xây dựng tổ chức, đoàn thể và tham gia hoạt động của Khu vực",
        (
            ("Xây dựng tổ chức Đảng, đoàn thể trong sạch, vững mạnh", 8.0),
            ("Quy chế dân chủ, thực hành tiết kiệm, phòng, chống tham nhũng", 6.0),
            ("Tham gia các hoạt động chung của Khu vực thi đua", 6.0),
        ),
    ),
)
BONUS = ("Điểm thưởng: sáng kiến, mô hình mới được cấp có thẩm quyền công nhận", 5.0)
PENALTY = ("Điểm trừ: chậm gửi báo cáo, vi phạm kỷ luật, kỷ cương hành chính", 5.0)
