use super::*;

// ---------------------------------------------------------------------------
// Cleaning
// ---------------------------------------------------------------------------

#[test]
fn cleaning_trims_folds_and_lowercases_and_refuses_excel_numbers() {
    let env = acme_cn();
    let report = env.path("report.csv");
    let rp = report.display().to_string();
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &[
                "import",
                "employees",
                fixture!("employees_cleaning.csv"),
                "--agree",
                "--report",
                &rp,
            ],
        ),
    );
    // The blank row is skipped: not a row, not in the report.
    assert_counts(&v, 5, 3, 0, 0, 2);
    assert_eq!(v["landed"], true);

    // Surrounding spaces trimmed, email lower-cased, U+3000 and U+200B
    // around the name gone, full-width digits folded in id and phone.
    let a = employee(&env, "zhao.liu@acme.cn");
    assert_eq!(a["email"], "zhao.liu@acme.cn");
    assert_eq!(a["holder_name"], "赵六");
    assert_eq!(a["holder_id"], ID5);
    assert_eq!(a["position"], "销售");
    assert_eq!(a["department"], "销售部");
    assert_eq!(a["proof"], "sealed");
    assert_eq!(a["contact_phone"], "13800138000");
    // U+FEFF inside the email and U+200B inside the identity number.
    let b = employee(&env, "qian.qi@acme.cn");
    assert_eq!(b["holder_id"], ID6);
    assert_eq!(b["department"], "运营部");
    assert_eq!(b["contact_phone"], "13800138009");
    // Full-width digits and a full-width check letter Ｘ.
    assert_eq!(employee(&env, "wu.shi@acme.cn")["holder_id"], ID7);
    let list = env.ok(&w("--org acme employee list"));
    assert_eq!(list.as_array().unwrap().len(), 3, "{list}");

    let rows = read_report(&report);
    let head = &rows[0];
    assert_eq!(rows.len(), 6, "header + 5 rows, no blank row: {rows:?}");
    let (result, code, msg) = (
        col(head, "result"),
        col(head, "error_code"),
        col(head, "error_message"),
    );
    // The Excel number: refused with a message that says Excel, naming
    // the cell.
    let excel = report_row(&rows, 0, "sun.ba@acme.cn");
    assert_eq!(excel[result], "failed");
    assert_eq!(excel[code], "EXCEL_NUMBER");
    // The column as the file spells it.
    for needle in ["Excel", "ID Number", "1.10105E+17"] {
        assert!(
            excel[msg].contains(needle),
            "{needle} not in {:?}",
            excel[msg]
        );
    }
    // The missing required cell: refused, naming the field.
    let missing = report_row(&rows, 0, "zhou.jiu@acme.cn");
    assert_eq!(missing[result], "failed");
    assert_eq!(missing[code], "MISSING_FIELD");
    assert!(missing[msg].contains("ID Number"), "{missing:?}");
    // The report echoes the cells as they were typed.
    let typed = report_row(&rows, 0, "Zhao.Liu@ACME.cn");
    assert_eq!(typed[0], "  Zhao.Liu@ACME.cn  ");
    assert_eq!(typed[result], "created");
    assert!(
        env.run(&w("--org acme employee show sun.ba@acme.cn")).code == 3,
        "the Excel row landed"
    );

    // Fix the Excel cell in the report and import the report as it is: its
    // result/error/initial_password columns are not input, the messy cells
    // clean to what landed (unchanged), the fixed row is created.
    let id = col(head, "ID Number");
    let mut wtr = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    for r in &rows {
        let mut r = r.clone();
        if r[0] == "sun.ba@acme.cn" {
            r[id] = ID4.to_string();
        }
        wtr.write_record(&r).unwrap();
    }
    let fixed = env.write_file(
        "fixed.csv",
        &String::from_utf8(wtr.into_inner().unwrap()).unwrap(),
    );
    let rp2 = env.path("report2.csv").display().to_string();
    let audit = audit_rows(&env);
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &["import", "employees", &fixed, "--agree", "--report", &rp2],
        ),
    );
    assert_counts(&v, 5, 1, 0, 3, 1);
    assert_eq!(audit_rows(&env), audit + 1, "one employee.apply");
    assert_eq!(employee(&env, "sun.ba@acme.cn")["holder_id"], ID4);
    let rows2 = read_report(&env.path("report2.csv"));
    assert_eq!(
        rows2[0], rows[0],
        "the report of a report has the same columns"
    );
}

#[test]
fn excel_number_in_a_phone_cell_is_refused_too() {
    let env = acme_cn();
    let file = env.write_file(
        "e.csv",
        "邮箱,姓名,身份证号,岗位,在职证明,初始密码,联系电话\n\
         a@acme.cn,A,110105199003071239,销售,sealed,Secret-Pass-1,1.38001E+10\n",
    );
    let rp = env.path("r.csv").display().to_string();
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &["import", "employees", &file, "--agree", "--report", &rp],
        ),
    );
    assert_counts(&v, 1, 0, 0, 0, 1);
    let rows = read_report(&env.path("r.csv"));
    let code = col(&rows[0], "error_code");
    let msg = col(&rows[0], "error_message");
    assert_eq!(rows[1][code], "EXCEL_NUMBER");
    assert!(rows[1][msg].contains("Excel"), "{:?}", rows[1]);
}
