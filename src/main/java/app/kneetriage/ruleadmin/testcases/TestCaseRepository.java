package app.kneetriage.ruleadmin.testcases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TestCaseRepository extends JpaRepository<TestCase, Long> {

    List<TestCase> findAllByOrderByName();

}
