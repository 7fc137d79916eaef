"""Given names and surnames of Swedish residents' origins that Faker's lists lack (stop 27, issue 14).

Hand-written from general knowledge of naming customs, not from any corpus or name package: Thai,
South Asian (India, Sri Lanka, Pakistan, Bangladesh), Chinese given names of two syllables in pinyin,
Assyrian/Syriac, Eritrean and Ethiopian, Albanian, Persian, Afghan, Kurdish, Greek (Latin spelling),
Filipino, Sami and the older Nordic names that Debian's Swedish word list holds as proper nouns. Stop 33
added German, Romanian, Iraqi (Shia), Kurmanji, Vietnamese and Irish (Gaelic spelling) names, Levantine
surnames, and Swedish hyphenated given names (`Karl-Johan`).

scripts/build_name_lists.py filters them as it filters the Nordic and English Faker lists (a Swedish or
English word, a place, a capitalised word or any word of the police's summaries is dropped), and they are
never found in lowercase without context unless they have five letters or more and start no Swedish word.
"""

from __future__ import annotations

# fmt: off
FIRST = """
Somchai Somsak Sombat Somporn Somsri Sunee Malee Wanida Nattapong Thongchai Anan Anong Apinya Arunee
Boonmee Chaiwat Chalerm Kanya Kittipong Kulap Lamai Manee Nipa Pornthip Prasert Rattana Saowanee Siriporn
Sukanya Supaporn Surachai Thanawat Wichai Yupin Araya Jintana Kannika Pimchanok Chanida Duangjai Porntip
Siriwan Suchada Nittaya Orathai Sasithorn Wannee Kanokwan Narong Preecha Sakchai Somkiat Suwit Teerapong
Vikram Rajesh Pradeep Suresh Ramesh Mahesh Ganesh Dinesh Rakesh Mukesh Naveen Praveen Sanjay Sunil Anil
Ajay Vijay Arjun Rohit Rahul Amit Anand Arun Ashok Deepak Gaurav Harish Karthik Kiran Manoj Nikhil Prakash
Rajiv Sandeep Sachin Srinivas Venkat Vinod Priya Shalini Anjali Deepa Divya Kavita Lakshmi Meena Neha
Pooja Preeti Radha Rekha Sangeeta Sunita Swati Usha Vandana Shreya Aishwarya Ananya Aditi Nisha Ritu Geeta
Tharshan Thushara Niroshan Sivakumar Mathivanan Nirmala Tharsini Kajan Sinthuja Thanushan Kumaran
Harpreet Gurpreet Manpreet Jaspreet Simranjit Baljit Sukhwinder Rajinder Tahmina Farzana Nasreen Shabana
Shahnaz Rubina Tanvir Shahid Imtiaz Nadeem Waqas Zeeshan Faisal Junaid Kamran Asif Irfan Sohail Tariq
Xiaoming Xiaohong Xiaoyan Xiaoli Xiaoyu Zhiwei Jianguo Guoqiang Haiyan Lihua Yuqing Zihan Yuxuan Haoran
Yichen Zixuan Junjie Weiwei Tingting Jiayi Xinyi Mingyu Wenjun Jianhua Zhiqiang Yongmei Xiuying Guilan
Fenglan Jiahui Yuting Shuang Xuefeng Zhenyu Haiyang Chunhua Meiling Qiong Dongmei
Sargon Ashur Ninos Nineb Shamiram Ninve Sanharib Aprem Afrem Malke Melke Barsom Gabro Shlemun Shamoun
Nahrin Ishtar Atour Ninorta Sharbel Charbel Saliba Matay Yakub Yaqub Lahdo Ablahad Danho Gorgis Giwargis
Kibrom Feven Semhar Filmon Mussie Biniam Bereket Hagos Hiwet Luwam Merhawi Nahom Selam Sium Tsega Weini
Winta Zerai Abeba Almaz Aster Bezawit Birtukan Etenesh Hirut Kidist Mekdes Meron Mesfin Selamawit Tigist
Tsion Abebe Alemayehu Bekele Getachew Girma Kebede Tadesse Wondimu Yared Tewelde Ghirmay Tesfalem Robel
Albana Valbona Drita Arben Arbnor Agron Besim Blerim Bujar Driton Fatmir Flamur Gentian Ilir Kujtim
Liridon Lulzim Petrit Shkelzen Valon Visar Ylli Fitore Arta Blerta Donika Edona Fjolla Lirije Merita
Mimoza Shpresa Teuta Valdete Vjosa Ardita Elona Gresa Arber Egzon Leotrim Granit Xhevdet Hysen
Azadeh Arash Babak Behrouz Farhad Hossein Kaveh Kian Mehdi Navid Omid Payam Ramin Shahram Siamak Soroush
Arman Azita Bahareh Ladan Mahnaz Mojgan Nazanin Roya Setareh Shabnam Shahla Simin Tahmineh Ziba Zahra
Afsaneh Golnaz Mahboubeh Marjan Minoo Nasrin Parvaneh Shirin Yasmin Behzad Dariush Ehsan Fariborz
Zabihullah Gulbuddin Hekmatullah Mirwais Najibullah Rahmatullah Sharifullah Shafiq Zalmai Fawad Jawed
Qais Massoud Fereshta Gulalai Malalai Nargis Palwasha Zarghona Wazhma Freshta Shukria Mursal Sediqa
Soran Rebwar Rebin Shvan Hawre Hemin Karzan Dler Dilshad Sherko Kamaran Peshawa Avin Chiman Gulistan Jwan
Nazdar Rozhin Xezal Zhilwan Zhyar Hozan Rekan Aram Bakhtiyar Sirwan Lavin Shilan
Giorgos Dimitris Konstantinos Nikos Yannis Kostas Eleni Katerina Vasiliki Panagiotis Christos Stavros
Theodoros Spyros Athanasios Evangelos Apostolos Ioannis Despina Eirini Paraskevi Chrysoula Angeliki
Dimitra Panagiota
Maricel Marites Rodel Arnel Ronaldo Rowena Lorna Analyn Mylene Rommel Jocelyn Marilou Jonalyn Rhea
Jovnna Máret Sunná Ristenn Áile Mihkkal Biret Niillas Johttá Ánde Ánte Ingá Ovllá Nila Risten
Halvard Ragnvald Silje Mads Øyvind Torstein Eirik Sindre Vegard Håvard Stian Trond Ingvild Torill
Solfrid Marit Hege Unni Astri Wolfgang Dieter Jørgen Bjarne Kjetil Frode Ragnhild Sigrun Gunvor
Ute Jürgen Uwe Helmut Gerhard Günter Manfred Heinz Horst Rainer Sabine Ursula Gudrun Heike Silke Anke Dirk
Jörg Ulrike Brigitte Hannelore Waltraud Detlef Joachim Reinhard Volker Torsten Wilfried Irmgard Gisela
Florin Ionuț Ionut Mihai Andrei Bogdan Cristian Sorin Dorin Vasile Gheorghe Mircea Costel Marius Ovidiu
Ioana Mihaela Oana Roxana Raluca Andreea Florentina Nicoleta Gabriela Cristina Loredana Luminița Daniela
Haider Karrar Sayed Sajjad Murtadha Mortada Muntadher Hasanain Mujtaba Ammar Jaafar Kadhim Zainab Ruqaya
Ruqayya Zahraa Batool Ghufran Duaa Fatimah Hawraa Maryam Sakina Taiba Zaid Hussain Haidar Jawad Baqir
Roj Hêvî Hevi Rojda Berfin Dilan Zozan Rojin Baran Berxwedan Welat Azad Dilovan Rêzan Hêvîn Jiyan Nûjiyan
Delal Avesta Bêrîvan Berivan Rojhat Serhildan Ciwan Heval Şêrko Sherko Rizgar Kawa Hozan Zinar Agirî
Duc Minh Thanh Huong Phuong Linh Trang Tuan Hung Dung Quang Anh Thao Hieu Khanh Ngoc Hanh Thuy Vinh Binh
Cuong Dat Phuc Trung Loan Nhung Hang Yen Thu Tam
Ciarán Ciaran Niamh Siobhán Siobhan Aoife Seán Eoin Oisín Oisin Caoimhe Saoirse Pádraig Padraig Aisling
Cathal Róisín Roisin Sinéad Sinead Orla Clodagh Ruairí Ruairi Donal Dónal Cormac Tadhg Fionn Caoimhín
Karl-Johan Per-Olof Lars-Erik Jan-Erik Karl-Erik Nils-Erik Lars-Göran Bengt-Åke Sven-Erik Jan-Olof Per-Erik
Carl-Johan Hans-Erik Lars-Olof Karl-Gustav Per-Anders Jan-Åke Anna-Maja Eva-Lena Britt-Inger Karin-Lotta
"""

LAST = """
Srisuk Saetang Wongsa Chaiyaporn Thongdee Sukprasert Inthasorn Boonyarat Phromma Kaewkla Saelim Jaidee
Sharma Patel Gupta Kumar Reddy Iyer Nair Menon Pillai Joshi Kapoor Malhotra Mehta Chopra Desai Banerjee
Chatterjee Mukherjee Ghosh Verma Yadav Pandey Mishra Tiwari Srinivasan Krishnan Subramanian Thevarajah
Rajapakse Perera Jayawardena Wickramasinghe Kanagaratnam Selvarajah Ratnam Chowdhury Rahman Hossain
Khoshaba Barsoum Yacoub Odisho Gawriye Lahdo Chamoun Sauma Ishak Melki Shamoun Bahe
Ghebreyesus Gebremedhin Kahsay Woldemichael Abraha Asmerom Ghirmay Habtemariam Negash Tewolde Zerezghi
Bekele Tadesse Alemu Desta Kebede Girma Tesfaye Getachew Assefa Gebre Abebe Weldu Mehari
Krasniqi Gashi Berisha Morina Hoxha Kelmendi Rexhepi Bytyqi Hasani Ahmeti Jashari Kryeziu Sadiku Shehu
Thaçi Haliti Mehmeti Zeqiri Osmani Ramadani Selimi
Mohammadi Azizi Bagheri Heidari Jahangiri Khosravi Mahmoudi Mansouri Nikzad Razavi Soltani Tavakoli
Zamani Asadi Fazeli Ghasemi Kiani Mohseni Nourian Sharifi Durrani Hakimi Hotak Karzai Niazi Sahak
Samadi Shinwari Tokhi Yousufzai Zazai Talabani Hawrami Dosky Zebari Bapir
Papadopoulos Papadopoulou Georgiou Dimitriou Nikolaidis Konstantinidis Karagiannis Christodoulou
Kuhmunen Pavval Labba Kitok Sarri Nutti Pittja Partapuoli Spiik Länta Tuolja Valkeapää Somby Utsi
Popescu Ionescu Popa Dumitru Stoica Stanciu Munteanu Constantin Dinu Georgescu Marin Tudor Radu Lungu
Moldovan Ciobanu Rusu Vasilescu Nistor Barbu Zamfir Dobre Enache
Al-Musawi Al-Hashimi Al-Hussaini Al-Maliki Al-Jabouri Al-Saadi Al-Kaabi Al-Tamimi Al-Zubaidi Kadhim Jawad
Mahdi Al-Ameri Al-Khafaji Al-Rubaie Al-Obaidi Al-Shammari Al-Dulaimi Al-Janabi Al-Sudani Al-Bayati
Nguyen Tran Pham Hoang Huynh Phan Dang Bui Ngo Duong Truong Dinh Trinh Vuong Luong Quach Cao
O'Sullivan O'Connor O'Brien MacCarthy McLaughlin Gallagher
Doherty Kavanagh Byrne Brennan Flanagan Donnelly Fitzpatrick Quinn Keane Mulligan Hennessy Geraghty
Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein
Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Krause Lehmann
Kassem Qassem Kasem Sabbagh Khoury Khouri Haddad Nasser Nassar Saleh Salih Mansour Hamdan Darwish Aboud
Abboud Hamoud Hammoud Suleiman Sleiman Yassin Yasin Jaber Jabbar Khalaf Ayoub Ghanem Ghannam Hijazi Kanaan
Khalil Nassif Rizk Sarkis Shaheen Taha Younes Youssef Zaher Zidan Bakri Barakat Bitar Daher Fakhoury Habib
Hamad Harb Karam Khatib Maalouf Mourad Nakhle Obeid Rahal Sayegh Sawaya Shami Tannous Wehbe Azzam Ghazal
"""
# fmt: on

HAND_FIRST_MORE: tuple[str, ...] = tuple(FIRST.split())
HAND_LAST_MORE: tuple[str, ...] = tuple(LAST.split())
